// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/PorterStemmer.h"

#include <functional>
#include <initializer_list>

namespace ee {

namespace {

using Word = std::string;
using Cond = std::function<bool(const Word&)>;

struct Rule {
    std::string_view suffix; ///< "*d" = ends in a double consonant
    std::string replacement;
    Cond condition; ///< empty = unconditional
};

bool isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool isConsonant(const Word& w, std::size_t i) {
    if (isVowel(w[i]))
        return false;
    if (w[i] == 'y')
        return i == 0 ? true : !isConsonant(w, i - 1);
    return true;
}

// Number of "vc" pairs in the consonant/vowel pattern.
int measure(const Word& stem) {
    int m = 0;
    bool prevVowel = false;
    for (std::size_t i = 0; i < stem.size(); ++i) {
        const bool cons = isConsonant(stem, i);
        if (cons && prevVowel)
            ++m;
        prevVowel = !cons;
    }
    return m;
}

bool positiveMeasure(const Word& stem) {
    return measure(stem) > 0;
}

bool containsVowel(const Word& stem) {
    for (std::size_t i = 0; i < stem.size(); ++i)
        if (!isConsonant(stem, i))
            return true;
    return false;
}

bool endsDoubleConsonant(const Word& w) {
    return w.size() >= 2 && w[w.size() - 1] == w[w.size() - 2] && isConsonant(w, w.size() - 1);
}

bool endsCvc(const Word& w) {
    const std::size_t n = w.size();
    if (n >= 3 && isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) &&
        w[n - 1] != 'w' && w[n - 1] != 'x' && w[n - 1] != 'y')
        return true;
    return n == 2 && !isConsonant(w, 0) && isConsonant(w, 1); // NLTK_EXTENSIONS
}

bool endsWith(const Word& w, std::string_view s) {
    return w.size() >= s.size() && std::string_view(w).substr(w.size() - s.size()) == s;
}

Word dropSuffix(const Word& w, std::string_view s) {
    return w.substr(0, w.size() - s.size());
}

// _apply_rule_list: the first rule whose suffix matches decides (applied or word unchanged).
Word applyRules(const Word& word, const std::initializer_list<Rule>& rules) {
    for (const Rule& r : rules) {
        if (r.suffix == "*d" && endsDoubleConsonant(word)) {
            Word stem = word.substr(0, word.size() - 2);
            if (!r.condition || r.condition(stem))
                return stem + r.replacement;
            return word;
        }
        if (endsWith(word, r.suffix)) {
            Word stem = dropSuffix(word, r.suffix);
            if (!r.condition || r.condition(stem))
                return stem + r.replacement;
            return word;
        }
    }
    return word;
}

Word step1a(const Word& w) {
    if (endsWith(w, "ies") && w.size() == 4)
        return dropSuffix(w, "ies") + "ie";
    return applyRules(w, {{"sses", "ss", {}}, {"ies", "i", {}}, {"ss", "ss", {}}, {"s", "", {}}});
}

Word step1b(const Word& w) {
    if (endsWith(w, "ied"))
        return dropSuffix(w, "ied") + (w.size() == 4 ? "ie" : "i");
    if (endsWith(w, "eed")) {
        Word stem = dropSuffix(w, "eed");
        return measure(stem) > 0 ? stem + "ee" : w;
    }
    Word inter;
    bool ok = false;
    for (std::string_view suffix : {std::string_view("ed"), std::string_view("ing")}) {
        if (endsWith(w, suffix)) {
            inter = dropSuffix(w, suffix);
            if (containsVowel(inter)) {
                ok = true;
                break;
            }
        }
    }
    if (!ok)
        return w;
    const char last = inter.empty() ? '\0' : inter.back();
    return applyRules(inter,
                      {{"at", "ate", {}},
                       {"bl", "ble", {}},
                       {"iz", "ize", {}},
                       {"*d", std::string(1, last),
                        [last](const Word&) { return last != 'l' && last != 's' && last != 'z'; }},
                       {"", "e", [](const Word& s) { return measure(s) == 1 && endsCvc(s); }}});
}

Word step1c(const Word& w) {
    return applyRules(w, {{"y", "i", [](const Word& s) {
                               return s.size() > 1 && isConsonant(s, s.size() - 1);
                           }}});
}

Word step2(const Word& w) {
    if (endsWith(w, "alli") && positiveMeasure(dropSuffix(w, "alli")))
        return step2(dropSuffix(w, "alli") + "al");
    const Cond pm = positiveMeasure;
    return applyRules(w, {{"ational", "ate", pm},
                          {"tional", "tion", pm},
                          {"enci", "ence", pm},
                          {"anci", "ance", pm},
                          {"izer", "ize", pm},
                          {"bli", "ble", pm},
                          {"alli", "al", pm},
                          {"entli", "ent", pm},
                          {"eli", "e", pm},
                          {"ousli", "ous", pm},
                          {"ization", "ize", pm},
                          {"ation", "ate", pm},
                          {"ator", "ate", pm},
                          {"alism", "al", pm},
                          {"iveness", "ive", pm},
                          {"fulness", "ful", pm},
                          {"ousness", "ous", pm},
                          {"aliti", "al", pm},
                          {"iviti", "ive", pm},
                          {"biliti", "ble", pm},
                          {"fulli", "ful", pm},
                          {"logi", "log", [&w](const Word&) {
                               return positiveMeasure(w.substr(0, w.size() - 3));
                           }}});
}

Word step3(const Word& w) {
    const Cond pm = positiveMeasure;
    return applyRules(w, {{"icate", "ic", pm},
                          {"ative", "", pm},
                          {"alize", "al", pm},
                          {"iciti", "ic", pm},
                          {"ical", "ic", pm},
                          {"ful", "", pm},
                          {"ness", "", pm}});
}

Word step4(const Word& w) {
    const Cond gt1 = [](const Word& s) { return measure(s) > 1; };
    return applyRules(
        w, {{"al", "", gt1},
            {"ance", "", gt1},
            {"ence", "", gt1},
            {"er", "", gt1},
            {"ic", "", gt1},
            {"able", "", gt1},
            {"ible", "", gt1},
            {"ant", "", gt1},
            {"ement", "", gt1},
            {"ment", "", gt1},
            {"ent", "", gt1},
            {"ion", "",
             [](const Word& s) { return measure(s) > 1 && (s.back() == 's' || s.back() == 't'); }},
            {"ou", "", gt1},
            {"ism", "", gt1},
            {"ate", "", gt1},
            {"iti", "", gt1},
            {"ous", "", gt1},
            {"ive", "", gt1},
            {"ize", "", gt1}});
}

Word step5a(const Word& w) {
    if (endsWith(w, "e")) {
        Word stem = dropSuffix(w, "e");
        const int m = measure(stem);
        if (m > 1)
            return stem;
        if (m == 1 && !endsCvc(stem))
            return stem;
    }
    return w;
}

Word step5b(const Word& w) {
    return applyRules(
        w, {{"ll", "l", [&w](const Word&) { return measure(w.substr(0, w.size() - 1)) > 1; }}});
}

const char* irregular(std::string_view w) {
    struct Entry {
        std::string_view form;
        const char* stem;
    };
    static constexpr Entry table[] = {
        {"sky", "sky"},        {"skies", "sky"},        {"dying", "die"},
        {"lying", "lie"},      {"tying", "tie"},        {"news", "news"},
        {"innings", "inning"}, {"inning", "inning"},    {"outings", "outing"},
        {"outing", "outing"},  {"cannings", "canning"}, {"canning", "canning"},
        {"howe", "howe"},      {"proceed", "proceed"},  {"exceed", "exceed"},
        {"succeed", "succeed"}};
    for (const Entry& e : table)
        if (e.form == w)
            return e.stem;
    return nullptr;
}

} // namespace

std::string porterStem(std::string_view word) {
    Word w(word);
    for (char& c : w)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    if (const char* s = irregular(w))
        return s;
    if (w.size() <= 2)
        return w;
    w = step1a(w);
    w = step1b(w);
    w = step1c(w);
    w = step2(w);
    w = step3(w);
    w = step4(w);
    w = step5a(w);
    w = step5b(w);
    return w;
}

} // namespace ee
