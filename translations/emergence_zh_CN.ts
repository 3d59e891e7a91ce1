<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BigBenchLog</name>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>no task name or model name in the file</source>
        <translation>文件中没有任务名或模型名</translation>
    </message>
    <message>
        <source>no &apos;queries&apos;: this is a score file, not a full log</source>
        <translation>没有 &apos;queries&apos;：这是分数文件，不是完整日志</translation>
    </message>
    <message>
        <source>%1; skipped</source>
        <translation>%1；已跳过</translation>
    </message>
    <message>
        <source>a choice score is missing or NaN</source>
        <translation>某个选项的分数缺失或为 NaN</translation>
    </message>
    <message>
        <source>%1 scores but %2 target values</source>
        <translation>有 %1 个分数，但有 %2 个目标值</translation>
    </message>
    <message>
        <source>no &apos;output&apos;</source>
        <translation>没有 &apos;output&apos;</translation>
    </message>
    <message>
        <source>no targets</source>
        <translation>没有目标答案</translation>
    </message>
</context>
<context>
    <name>BigBenchScores</name>
    <message>
        <source>expected a JSON object at the top, found %1</source>
        <translation>顶层应为 JSON 对象，实际为%1</translation>
    </message>
    <message>
        <source>missing: a BIG-bench score file lists its scores here</source>
        <translation>缺失：BIG-bench 得分文件在此处列出其得分</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为%1</translation>
    </message>
    <message>
        <source>the list is empty; no scores</source>
        <translation>列表为空；没有得分</translation>
    </message>
    <message>
        <source>missing; this scale of the model is unknown</source>
        <translation>缺失；该模型的这一规模未知</translation>
    </message>
    <message>
        <source>expected a finite number of parameters, found %1; this scale of the model is unknown</source>
        <translation>参数量应为有限数，实际为%1；该模型的这一规模未知</translation>
    </message>
    <message>
        <source>the size %1 is not positive; this scale of the model is unknown</source>
        <translation>规模 %1 不是正数；该模型的这一规模未知</translation>
    </message>
    <message>
        <source>expected a non-empty string, found %1</source>
        <translation>应为非空字符串，实际为%1</translation>
    </message>
    <message>
        <source>%1; no %2 is known</source>
        <translation>%1；%2未知</translation>
    </message>
    <message>
        <source>%1; the %2 &apos;%3&apos; is taken from the file&apos;s path</source>
        <translation>%1；%2“%3”取自文件路径</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>%1; family &apos;%2&apos; and model &apos;%3&apos; are taken from the file name and the model&apos;s scale is unknown</source>
        <translation>%1；模型系列“%2”和模型“%3”取自文件名，模型规模未知</translation>
    </message>
    <message>
        <source>family</source>
        <translation>模型系列</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>task_name is missing</source>
        <translation>缺少 task_name</translation>
    </message>
    <message>
        <source>%1; the task &apos;%2&apos; is taken from the folder</source>
        <translation>%1；任务“%2”取自文件夹名</translation>
    </message>
    <message>
        <source>%1; the entry is skipped</source>
        <translation>%1；已跳过该条目</translation>
    </message>
    <message>
        <source>expected the task or task:subtask name, found %1</source>
        <translation>应为任务名或“任务:子任务”名，实际为%1</translation>
    </message>
    <message>
        <source>missing; the task &apos;%1&apos; is taken from the subtask descriptions</source>
        <translation>缺失；任务“%1”取自子任务描述</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with the task name &apos;%2:&apos;; the subtask is read as &apos;%3&apos;</source>
        <translation>“%1”不以任务名“%2:”开头；子任务读作“%3”</translation>
    </message>
    <message>
        <source>missing; the number of shots is unknown</source>
        <translation>缺失；样本数未知</translation>
    </message>
    <message>
        <source>expected a whole number of shots (0 or more) or null, found %1; the entry is skipped</source>
        <translation>样本数应为整数（0 或更大）或 null，实际为%1；已跳过该条目</translation>
    </message>
    <message>
        <source>expected a finite number, found %1; it is left unknown</source>
        <translation>应为有限数，实际为%1；视为未知</translation>
    </message>
    <message>
        <source>expected a score object, found %1; skipped</source>
        <translation>应为得分对象，实际为%1；已跳过</translation>
    </message>
    <message>
        <source>expected an object of metric: score, found %1</source>
        <translation>应为“指标: 得分”形式的对象，实际为%1</translation>
    </message>
    <message>
        <source>expected a metric name, found %1</source>
        <translation>应为指标名，实际为%1</translation>
    </message>
    <message>
        <source>null; no score for this metric</source>
        <translation>null；该指标没有得分</translation>
    </message>
    <message>
        <source>expected a finite number, found %1; skipped</source>
        <translation>应为有限数，实际为%1；已跳过</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in score_dict</source>
        <translation>“%1”不在 score_dict 中</translation>
    </message>
</context>
<context>
    <name>CapabilityAxis</name>
    <message>
        <source>PC%1: %2 % of the variance of %3 benchmarks over %4 models; loadings %5</source>
        <translation>PC%1：解释了 %4 个模型在 %3 项基准上方差的 %2 %；载荷 %5</translation>
    </message>
    <message>
        <source>%1 (no benchmark scores)</source>
        <translation>%1（无基准得分）</translation>
    </message>
    <message>
        <source>%1 (no %2)</source>
        <translation>%1（无 %2）</translation>
    </message>
    <message>
        <source>%1 model has no PC score: %2</source>
        <translation>%1 个模型没有主成分得分：%2</translation>
    </message>
    <message>
        <source>%1 models have no PC score: %2</source>
        <translation>%1 个模型没有主成分得分：%2</translation>
    </message>
</context>
<context>
    <name>ChanceLevel</name>
    <message>
        <source>MMLU: 4 options per question (Hendrycks et al. 2021)</source>
        <translation>MMLU：每题 4 个选项（Hendrycks 等，2021）</translation>
    </message>
    <message>
        <source>HellaSwag: 4 endings per context (Zellers et al. 2019)</source>
        <translation>HellaSwag：每个语境 4 个结尾（Zellers 等，2019）</translation>
    </message>
    <message>
        <source>WinoGrande: 2 options per sentence (Sakaguchi et al. 2020)</source>
        <translation>WinoGrande：每句 2 个选项（Sakaguchi 等，2020）</translation>
    </message>
    <message>
        <source>Winograd schemas: 2 candidates per sentence (Levesque et al. 2012)</source>
        <translation>Winograd 模式：每句 2 个候选（Levesque 等，2012）</translation>
    </message>
    <message>
        <source>PIQA: 2 solutions per goal (Bisk et al. 2020)</source>
        <translation>PIQA：每个目标 2 个解法（Bisk 等，2020）</translation>
    </message>
    <message>
        <source>SciQ: 4 answer options per question (Welbl et al. 2017)</source>
        <translation>SciQ：每题 4 个答案选项（Welbl 等，2017）</translation>
    </message>
    <message>
        <source>LogiQA: 4 candidate answers per question (Liu et al. 2020)</source>
        <translation>LogiQA：每题 4 个候选答案（Liu 等，2020）</translation>
    </message>
    <message>
        <source>SuperGLUE WSC: a yes/no question per sentence (Wang et al. 2019)</source>
        <translation>SuperGLUE WSC：每句一个是/否问题（Wang 等，2019）</translation>
    </message>
    <message>
        <source>from the data</source>
        <translation>来自数据</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed; the rest of the file (from this line) was not read</source>
        <translation>引号字段没有闭合；文件其余部分（从此行起）未读取</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8; it was skipped</source>
        <translation>该行不是有效的 UTF-8；已跳过</translation>
    </message>
</context>
<context>
    <name>CurveAnalysis</name>
    <message>
        <source>median standard error of the points</source>
        <translation>各点标准误的中位数</translation>
    </message>
    <message>
        <source>metric range / sqrt(median number of examples)</source>
        <translation>指标范围 / sqrt(样本数中位数)</translation>
    </message>
    <message>
        <source>1 % of the metric&apos;s range (%1)</source>
        <translation>指标范围的 1 %（%1）</translation>
    </message>
    <message>
        <source>1 % of the largest |value| (metric range unknown)</source>
        <translation>最大 |值| 的 1 %（指标范围未知）</translation>
    </message>
    <message>
        <source>the sigmoid fit failed; log-linear kept</source>
        <translation>sigmoid 拟合失败；保留对数线性拟合</translation>
    </message>
    <message>
        <source>too few points for AICc to compare the models (the sigmoid needs n ≥ %1); the simpler log-linear model kept</source>
        <translation>点数太少，AICc 无法比较两个模型（sigmoid 需要 n ≥ %1）；保留较简单的对数线性模型</translation>
    </message>
    <message>
        <source>sigmoid: AICc lower by %1 (≥ %2)</source>
        <translation>sigmoid：AICc 低 %1（≥ %2）</translation>
    </message>
    <message>
        <source>tie (|ΔAICc| &lt; %1): the simpler log-linear model kept</source>
        <translation>持平（|ΔAICc| &lt; %1）：保留较简单的对数线性模型</translation>
    </message>
    <message>
        <source>log-linear: AICc lower by %1</source>
        <translation>对数线性：AICc 低 %1</translation>
    </message>
    <message>
        <source>fits: too few points (%1, at least %2 needed)</source>
        <translation>拟合：点数太少（%1 个，至少需要 %2 个）</translation>
    </message>
    <message>
        <source>fits: fewer than 3 distinct scales</source>
        <translation>拟合：不同规模少于 3 个</translation>
    </message>
    <message>
        <source>fits: every point has the same value; there is no change to fit</source>
        <translation>拟合：所有点的值相同，没有可拟合的变化</translation>
    </message>
    <message>
        <source>floor fitted (the task&apos;s chance level is unknown)</source>
        <translation>已拟合下限（该任务的随机水平未知）</translation>
    </message>
    <message>
        <source>floor (chance level) %1 given by the user</source>
        <translation>下限（随机水平）%1 由用户给定</translation>
    </message>
    <message>
        <source>(high − low)/(2·1.96) of the 95 % %1 interval from n</source>
        <translation>由 n 得到的 95 % %1 区间的 (上限 − 下限)/(2·1.96)</translation>
    </message>
    <message>
        <source>median over the points of %1 (no standard error published)</source>
        <translation>各点 %1 的中位数（未公布标准误）</translation>
    </message>
    <message>
        <source>median over the points of the published standard error, or where it is missing or 0, %1 (%2 of %3 points)</source>
        <translation>各点已公布标准误的中位数；标准误缺失或为 0 处改用 %1（%3 个点中的 %2 个）</translation>
    </message>
</context>
<context>
    <name>CurveClaims</name>
    <message>
        <source>; and %1 more</source>
        <translation>；另有 %1 个</translation>
    </message>
    <message>
        <source>No curve here has three or more sizes and rises by at least %1, so nothing on this chart can be called a jump or a steady climb.</source>
        <translation>这里没有一条曲线有三个或更多规模且上升至少 %1，所以此图上没有什么能称为跃升或稳步上升。</translation>
    </message>
    <message>
        <source>Largest step of each family rising by ≥ %1 (share of its rise): %2. They fall at %3 different sizes.</source>
        <translation>每个上升 ≥ %1 的模型系列的最大一步（占其总上升的比例）：%2。它们落在 %3 个不同的规模上。</translation>
    </message>
    <message>
        <source>Every family rising by ≥ %1 makes its largest step between %2 and %3 (share of its rise): %4.</source>
        <translation>每个上升 ≥ %1 的模型系列都在 %2 与 %3 之间迈出最大一步（占其总上升的比例）：%4。</translation>
    </message>
    <message>
        <source>In all %1 families that rise by at least %2, one step between neighbouring sizes makes more than half of the rise: %3.</source>
        <translation>在上升至少 %2 的全部 %1 个模型系列中，相邻规模之间的某一步都贡献了一半以上的上升：%3。</translation>
    </message>
    <message>
        <source>Of %1 families that rise by at least %2, %3 climb with no single step making half of the rise: %4.</source>
        <translation>在上升至少 %2 的 %1 个模型系列中，有 %3 个稳步上升，没有哪一步贡献一半的上升：%4。</translation>
    </message>
    <message>
        <source> In the other %1, one step makes more than half: %2.</source>
        <translation> 其余 %1 个中，某一步贡献了一半以上：%2。</translation>
    </message>
    <message>
        <source>Two metrics side by side are needed to compare them.</source>
        <translation>需要并排显示两个指标才能比较。</translation>
    </message>
    <message>
        <source>Too few families rise under %1 or %2 (three sizes and a rise of a tenth of the scale) to compare how the two metrics rise.</source>
        <translation>在 %1 或 %2 下上升的模型系列太少（需三个规模且上升达量程的十分之一），无法比较两个指标的上升方式。</translation>
    </message>
    <message>
        <source>Share of each family&apos;s rise made in its largest single step, median over families: %1 %2 (n = %3), %4 %5 (n = %6). </source>
        <translation>各模型系列最大单步占其总上升的比例，取各系列中位数：%1 %2（n = %3），%4 %5（n = %6）。</translation>
    </message>
    <message>
        <source>%1 spreads the rise over more sizes than %2.</source>
        <translation>%1 比 %2 把上升分摊到更多规模上。</translation>
    </message>
    <message>
        <source>On this data both metrics make most of their rise in one step: partial credit alone does not smooth these curves (the Toy model tab shows when it cannot).</source>
        <translation>在这些数据上，两个指标的大部分上升都发生在一步之内：仅靠部分得分并不能使这些曲线平滑（“玩具模型”标签页展示了何时做不到）。</translation>
    </message>
    <message>
        <source>Both metrics rise over several steps here.</source>
        <translation>这里两个指标都经过多步上升。</translation>
    </message>
    <message>
        <source>The two metrics rise alike here.</source>
        <translation>这里两个指标的上升方式相近。</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 +%2 from %3 to %4</source>
        <translation>%1 +%2，从 %3 到 %4</translation>
    </message>
    <message>
        <source>No family here has two prompting styles that each rise by at least %1 over three or more sizes.</source>
        <translation>这里没有哪个模型系列有两种提示方式，且每种都在三个或更多规模上上升至少 %1。</translation>
    </message>
    <message>
        <source>In %1 of %2 families the largest step moves with the prompt (%3). </source>
        <translation>%2 个模型系列中有 %1 个的最大一步随提示而移动（%3）。</translation>
    </message>
    <message>
        <source>In %1 of %2 families every prompting style makes its largest step between the same two sizes (%3).</source>
        <translation>%2 个模型系列中有 %1 个，每种提示方式都在相同的两个规模之间迈出最大一步（%3）。</translation>
    </message>
    <message>
        <source>%1 %2 at %3 against %4 at %5</source>
        <translation>%1 在 %3 为 %2，而在 %5 为 %4</translation>
    </message>
    <message>
        <source>No family here has two or more sizes.</source>
        <translation>这里没有哪个模型系列有两个或更多规模。</translation>
    </message>
    <message>
        <source>In none of the %1 families with two or more sizes does the largest model score below a smaller one.</source>
        <translation>在有两个或更多规模的 %1 个模型系列中，没有一个的最大模型得分低于较小的模型。</translation>
    </message>
    <message>
        <source>In %1 of %2 families the largest model scores below a smaller one of its family (by more than %3): %4.</source>
        <translation>%2 个模型系列中有 %1 个的最大模型得分低于本系列中某个较小的模型（差距超过 %3）：%4。</translation>
    </message>
    <message>
        <source>(unknown claim &apos;%1&apos;: nothing is stated)</source>
        <translation>（未知结论类型“%1”：不作陈述）</translation>
    </message>
</context>
<context>
    <name>DataLoader</name>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>cannot open the model metadata table: %1</source>
        <translation>无法打开模型元数据表：%1</translation>
    </message>
    <message>
        <source>not a model metadata table: expected a Model column and Model Family / Model Size (B) / Pretraining Data Size (T) / FLOPs (1E21)</source>
        <translation>不是模型元数据表：应有 Model 列以及 Model Family / Model Size (B) / Pretraining Data Size (T) / FLOPs (1E21)</translation>
    </message>
    <message>
        <source>%1 rows share the key (task %2, subtask &apos;%3&apos;, model %4, metric %5, shots %6, prompting &apos;%7&apos;) with different values %8; all are kept</source>
        <translation>%1 行的键相同（任务 %2，子任务“%3”，模型 %4，指标 %5，样本数 %6，提示方式“%7”），但值不同：%8；全部保留</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the format is not recognised (expected long or wide CSV, a known paper table, lm-evaluation-harness or BIG-bench JSON); on the command line, --input-format forces one</source>
        <translation>无法识别格式（应为长表或宽表 CSV、已知的论文表格、lm-evaluation-harness 或 BIG-bench JSON）；在命令行中可用 --input-format 指定</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>%1 more problem(s) in %2 were not listed (only the first %3 are); the first of them is at line %4</source>
        <translation>%2 中另有 %1 个问题未列出（只列出前 %3 个）；其中第一个在第 %4 行</translation>
    </message>
    <message>
        <source>%1 more problem(s) in %2 were not listed (only the first %3 are)</source>
        <translation>%2 中另有 %1 个问题未列出（只列出前 %3 个）</translation>
    </message>
</context>
<context>
    <name>ExampleFolder</name>
    <message>
        <source>the folder holds no files</source>
        <translation>文件夹中没有文件</translation>
    </message>
    <message>
        <source>the same bytes as %1 (a copy under another name); not read a second time</source>
        <translation>内容与 %1 完全相同（换了名字的副本）；不再重复读取</translation>
    </message>
    <message>
        <source>not a per-example file; not read</source>
        <translation>不是逐样本文件；未读取</translation>
    </message>
    <message>
        <source>holds scores (%1), not per-example records; open it as data; not read here</source>
        <translation>包含的是分数（%1），不是逐样本记录；请作为数据打开；此处未读取</translation>
    </message>
    <message>
        <source>the size of model &apos;%1&apos; is unknown (no config.model_num_parameters in a results file beside it, and not in the model table or catalogue); it is read without a size</source>
        <translation>模型“%1”的规模未知（旁边的结果文件中没有 config.model_num_parameters，模型表和模型目录中也没有）；读取时不带规模</translation>
    </message>
    <message>
        <source>%1 was already read from %2; its %3 record(s) here are not merged into it and not read</source>
        <translation>%1 已从 %2 读取；此处的 %3 条记录不并入其中，也不读取</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; is %2 parameters here (from %3) but %4 in %5; the two are kept apart, not merged</source>
        <translation>模型“%1”在此处的参数量为 %2（来自 %3），但在 %5 中为 %4；两者分开保留，不合并</translation>
    </message>
</context>
<context>
    <name>ExampleJsonl</name>
    <message>
        <source>&apos;%1&apos; is not a list</source>
        <translation>&apos;%1&apos; 不是列表</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a non-numeric entry</source>
        <translation>&apos;%1&apos; 含有非数字的项</translation>
    </message>
    <message>
        <source>record has no task or no model; skipped</source>
        <translation>记录没有任务或没有模型；已跳过</translation>
    </message>
    <message>
        <source>example &apos;%1&apos;: %2; skipped</source>
        <translation>样本“%1”：%2；已跳过</translation>
    </message>
    <message>
        <source>&apos;output&apos; is not a string</source>
        <translation>&apos;output&apos; 不是字符串</translation>
    </message>
    <message>
        <source>%1 choice log-probs but %2 target scores</source>
        <translation>有 %1 个选项对数概率，但有 %2 个目标分数</translation>
    </message>
    <message>
        <source>%1 choices but %2 choice log-probs</source>
        <translation>有 %1 个选项，但有 %2 个选项对数概率</translation>
    </message>
    <message>
        <source>a choice log-prob is NaN</source>
        <translation>某个选项的对数概率为 NaN</translation>
    </message>
    <message>
        <source>%1 unconditional log-probs but %2 choice log-probs</source>
        <translation>有 %1 个无条件对数概率，但有 %2 个选项对数概率</translation>
    </message>
    <message>
        <source>an unconditional log-prob is NaN</source>
        <translation>某个无条件对数概率为 NaN</translation>
    </message>
    <message>
        <source>&apos;outputs&apos; is not a list</source>
        <translation>&apos;outputs&apos; 不是列表</translation>
    </message>
    <message>
        <source>&apos;outputs&apos; has an entry that is not a string</source>
        <translation>&apos;outputs&apos; 中有一项不是字符串</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number &gt;= 0</source>
        <translation>&apos;%1&apos; 必须是 &gt;= 0 的整数</translation>
    </message>
    <message>
        <source>&apos;num_samples&apos; and &apos;num_correct&apos; go together</source>
        <translation>&apos;num_samples&apos; 和 &apos;num_correct&apos; 必须同时给出</translation>
    </message>
    <message>
        <source>&apos;num_correct&apos; (%1) exceeds &apos;num_samples&apos; (%2)</source>
        <translation>&apos;num_correct&apos;（%1）超过了 &apos;num_samples&apos;（%2）</translation>
    </message>
    <message>
        <source>&apos;target_logprob&apos; is NaN</source>
        <translation>&apos;target_logprob&apos; 为 NaN</translation>
    </message>
    <message>
        <source>&apos;target_logprob&apos; is not a number</source>
        <translation>&apos;target_logprob&apos; 不是数字</translation>
    </message>
    <message>
        <source>a token log-prob is NaN</source>
        <translation>某个 token 的对数概率为 NaN</translation>
    </message>
    <message>
        <source>has &apos;outputs&apos; but no targets</source>
        <translation>有 &apos;outputs&apos; 但没有目标答案</translation>
    </message>
    <message>
        <source>needs &apos;output&apos; + &apos;targets&apos; or &apos;choice_logprobs&apos; + &apos;target_scores&apos; (or a target log-prob, or &apos;outputs&apos; + &apos;targets&apos;, or &apos;num_samples&apos; + &apos;num_correct&apos;)</source>
        <translation>需要 &apos;output&apos; + &apos;targets&apos; 或 &apos;choice_logprobs&apos; + &apos;target_scores&apos;（或目标对数概率，或 &apos;outputs&apos; + &apos;targets&apos;，或 &apos;num_samples&apos; + &apos;num_correct&apos;）</translation>
    </message>
    <message>
        <source>has an output but no targets</source>
        <translation>有输出但没有目标答案</translation>
    </message>
</context>
<context>
    <name>ExampleReaders</name>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>gzip-compressed files are read for MMLU-Pro outputs and GSM8K solutions only; decompress it (gunzip) and load the file</source>
        <translation>只有 MMLU-Pro 输出和 GSM8K 解答可以读取 gzip 压缩文件；请先解压（gunzip）再加载该文件</translation>
    </message>
    <message>
        <source>an lm-evaluation-harness results file (scores, not per-example records): open it as data, or give the samples_*.jsonl files or their folder</source>
        <translation>这是 lm-evaluation-harness 结果文件（分数，不是逐样本记录）：请作为数据打开，或改为提供 samples_*.jsonl 文件或其所在文件夹</translation>
    </message>
    <message>
        <source>not a recognised per-example format</source>
        <translation>不是可识别的逐样本格式</translation>
    </message>
    <message>
        <source>no data rows: the file holds no records</source>
        <translation>没有数据行：文件中没有记录</translation>
    </message>
</context>
<context>
    <name>ExampleScorer</name>
    <message>
        <source>option %1 has no text, so no length to normalise its log-likelihood by</source>
        <translation>选项 %1 没有文本，因此没有可用于归一化其对数似然的长度</translation>
    </message>
    <message>
        <source>the target text is empty, so it has no words or bytes to divide its log-likelihood by</source>
        <translation>目标文本为空，因此没有可用来除其对数似然的词或字节</translation>
    </message>
    <message>
        <source>%1 (%2): example &apos;%3&apos;: %4; it is left out of %5</source>
        <translation>%1（%2）：样本“%3”：%4；它未计入 %5</translation>
    </message>
    <message>
        <source>%1 (%2): example &apos;%3&apos;: %4; it and %5 more example(s) like it are left out of %6</source>
        <translation>%1（%2）：样本“%3”：%4；它及另外 %5 个同类样本未计入 %6</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos; (known: %2, pass_at_&lt;k&gt;, neg_log_pass_at_&lt;k&gt;)</source>
        <translation>未知指标“%1”（已知：%2、pass_at_&lt;k&gt;、neg_log_pass_at_&lt;k&gt;）</translation>
    </message>
</context>
<context>
    <name>ExampleSet</name>
    <message>
        <source>%1 is not a positive, finite size; the model&apos;s scale is left unknown (later records with this value are not reported again)</source>
        <translation>%1 不是正的有限规模；模型规模视为未知（之后具有此值的记录不再重复报告）</translation>
    </message>
    <message>
        <source>%1 is not a whole number of shots from 0 to 10000; the shot count is ignored</source>
        <translation>%1 不是 0 到 10000 之间的整数样本数；已忽略该样本数</translation>
    </message>
</context>
<context>
    <name>ExampleSource</name>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
</context>
<context>
    <name>ExampleZip</name>
    <message>
        <source>entry &apos;%1&apos; is not a recognised per-example format; not read</source>
        <translation>条目“%1”不是可识别的逐样本格式；未读取</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is an archive inside the archive; unzip the outer one and load the folder; not read</source>
        <translation>条目“%1”是压缩包中的压缩包；请先解压外层压缩包再加载文件夹；未读取</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; names a place outside the archive&apos;s folder; not read</source>
        <translation>条目“%1”指向压缩包文件夹之外的位置；未读取</translation>
    </message>
    <message>
        <source>no temporary folder to read entry &apos;%1&apos; from: %2</source>
        <translation>没有可用于读取条目“%1”的临时文件夹：%2</translation>
    </message>
    <message>
        <source>cannot copy entry &apos;%1&apos; to a temporary file: %2</source>
        <translation>无法将条目“%1”复制到临时文件：%2</translation>
    </message>
    <message>
        <source>the archive holds no files</source>
        <translation>压缩包中没有文件</translation>
    </message>
</context>
<context>
    <name>FastJson</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>%1 byte(s) are not UTF-8 (the first at byte %2); each was replaced by U+FFFD</source>
        <translation>%1 个字节不是 UTF-8（第一个在字节 %2 处）；均已替换为 U+FFFD</translation>
    </message>
    <message>
        <source>%1 NaN/Infinity literal(s), which JSON does not allow (the first at byte %2); each is reported where it is used</source>
        <translation>%1 个 JSON 不允许的 NaN/Infinity 字面量（第一个在字节 %2 处）；在各自被使用处分别报告</translation>
    </message>
    <message>
        <source>%1 number(s) too large to read (the first at byte %2): integers beyond 64 bits or beyond the range of a double; each is reported where it is used</source>
        <translation>%1 个数字太大，无法读取（第一个在字节 %2 处）：超过 64 位的整数或超出 double 范围；在各自被使用处分别报告</translation>
    </message>
    <message>
        <source>invalid JSON near byte %1: %2; nothing was read from this file</source>
        <translation>字节 %1 附近的 JSON 无效：%2；此文件未读取任何内容</translation>
    </message>
    <message>
        <source>the JSON could not be read: %1; nothing was read from this file</source>
        <translation>无法读取 JSON：%1；此文件未读取任何内容</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>文本“%1”</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation>未知值</translation>
    </message>
</context>
<context>
    <name>FigureScene</name>
    <message>
        <source>(no family)</source>
        <translation>（无模型系列）</translation>
    </message>
    <message>
        <source>the page is too small for a %1x%2 grid at these font sizes: plots are only %3 x %4 pt</source>
        <translation>在这些字号下，页面太小，放不下 %1x%2 的网格：每个图只有 %3 x %4 pt</translation>
    </message>
    <message>
        <source>panel %1 (%2, %3)</source>
        <translation>面板 %1（%2，%3）</translation>
    </message>
    <message>
        <source>any metric</source>
        <translation>任意指标</translation>
    </message>
    <message>
        <source>%1: no curve matches the query</source>
        <translation>%1：没有曲线符合查询条件</translation>
    </message>
</context>
<context>
    <name>FlagNames</name>
    <message>
        <source>emergent</source>
        <translation>涌现</translation>
    </message>
    <message>
        <source>smooth</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>平坦</translation>
    </message>
    <message>
        <source>inverse</source>
        <translation>逆向</translation>
    </message>
    <message>
        <source>inverse scaling</source>
        <translation>逆向缩放</translation>
    </message>
    <message>
        <source>U-shaped</source>
        <translation>U 形</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>log-linear</source>
        <translation>对数线性</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>FlagSummaryText</name>
    <message>
        <source>No family has %1 or more model sizes, so none is flagged.</source>
        <translation>没有模型系列有 %1 个或更多模型规模，因此都未标记。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2 of %3 families: %4&lt;br&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%3 个模型系列中有 %2 个：%4&lt;br&gt;</translation>
    </message>
    <message>
        <source>Not tested for a jump (the sigmoid is compared with the log-linear fit by AICc, which needs 7 or more points; or the fits are still running): %1&lt;br&gt;</source>
        <translation>未检验跃升（sigmoid 与对数线性拟合按 AICc 比较，需要 7 个或更多点；或拟合仍在运行）：%1&lt;br&gt;</translation>
    </message>
    <message>
        <source>Not flagged (fewer than %1 sizes): %2&lt;br&gt;</source>
        <translation>未标记（规模少于 %1 个）：%2&lt;br&gt;</translation>
    </message>
    <message>
        <source>Each family&apos;s curve with the most sizes on the primary metric. Flat: change max − min below %1σ (σ: the points&apos; typical standard error). Emergent: the sigmoid fits better (AICc), its 10–90 % rise takes at most %2 decade(s) of scale and covers at least %3 of the change. Smooth: neither. Analysis → Flag thresholds… changes them.</source>
        <translation>取每个模型系列在主要指标上规模最多的曲线。平坦：变化量 max − min 低于 %1σ（σ：各点典型的标准误）。涌现：sigmoid 拟合更好（AICc），其 10–90 % 上升至多跨越 %2 个数量级的规模，且覆盖至少 %3 的变化。平滑：两者都不是。可在“分析 → 标记阈值…”中修改。</translation>
    </message>
</context>
<context>
    <name>FolderWalk</name>
    <message>
        <source>this folder could not be read (%1); its files are not loaded</source>
        <translation>无法读取此文件夹（%1）；其中的文件未加载</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Emergence Explorer in five minutes&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt; (left): every task and subtask of the loaded files with its metric, breakthroughness B, linearity L, flag and a sparkline. Type in the search box (Ctrl+F) to filter, Enter to show the first match; Tab moves into the list, arrows pick.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scaling&lt;/b&gt;: the task&apos;s curves against model scale, one colour, marker and dash per family. The metric buttons (M, Shift+M) switch metric and keep everything else; shots and prompting choosers fall back to a setting that has data. Drag to zoom x, double-click to reset. &lt;b&gt;Side by side&lt;/b&gt; (Ctrl+B) shows 2–4 metrics.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tasks in (L, B)&lt;/b&gt;: every task as one point; up means the change happens in few steps. &lt;b&gt;Log-prob&lt;/b&gt;: accuracy next to a log-probability metric. &lt;b&gt;Decomposition&lt;/b&gt;: subtask curves and the composite a rule predicts. &lt;b&gt;Toy model&lt;/b&gt;: a simulation of how the metric alone can make a jump. &lt;b&gt;Instances&lt;/b&gt;: model outputs example by example.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Analysis&lt;/b&gt; (right): B, L, the flag, fits and their explanations for the curves on screen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;File → Export figure&lt;/b&gt; (Ctrl+E) writes the charts of the tab on screen as SVG, PDF or PNG at an exact size (one column, two columns, slide); &lt;b&gt;Edit → Copy chart&lt;/b&gt; (Ctrl+C) puts the chart on the clipboard. &lt;b&gt;File → Load model metadata…&lt;/b&gt; adds a table of model sizes for results that do not state them. Sessions (File → Save session as…, Ctrl+Shift+S) keep the whole view.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tour&lt;/b&gt; (F5) walks through the ideas step by step; Shift+F5 presents it full screen. docs/gui.md in the project describes every view in detail.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;五分钟了解 Emergence Explorer&lt;/h3&gt;&lt;p&gt;&lt;b&gt;数据&lt;/b&gt;（左侧）：已加载文件中的每个任务和子任务，及其指标、突破性 B、线性度 L、标记和迷你趋势图。在搜索框（Ctrl+F）中输入可筛选，按 Enter 显示第一个匹配项；Tab 进入列表，方向键选择。&lt;/p&gt;&lt;p&gt;&lt;b&gt;规模曲线&lt;/b&gt;：任务的曲线随模型规模的变化，每个模型系列一种颜色、标记和线型。指标按钮（M、Shift+M）切换指标并保留其余设置；样本数和提示方式选择器会退回到有数据的设置。拖动可缩放 x 轴，双击复原。&lt;b&gt;并排&lt;/b&gt;（Ctrl+B）显示 2–4 个指标。&lt;/p&gt;&lt;p&gt;&lt;b&gt;任务分布 (L, B)&lt;/b&gt;：每个任务显示为一个点；越靠上，变化越集中在少数几步。&lt;b&gt;对数概率&lt;/b&gt;：准确率旁边是对数概率指标。&lt;b&gt;分解&lt;/b&gt;：子任务曲线以及某条规则预测的整体。&lt;b&gt;玩具模型&lt;/b&gt;：模拟仅凭指标本身如何造成跃升。&lt;b&gt;实例&lt;/b&gt;：逐个样本查看模型输出。&lt;/p&gt;&lt;p&gt;&lt;b&gt;分析&lt;/b&gt;（右侧）：屏幕上曲线的 B、L、标记、拟合及其解释。&lt;/p&gt;&lt;p&gt;&lt;b&gt;文件 → 导出图表&lt;/b&gt;（Ctrl+E）把当前标签页的图表按精确尺寸写成 SVG、PDF 或 PNG（单栏、双栏、幻灯片）；&lt;b&gt;编辑 → 复制图表&lt;/b&gt;（Ctrl+C）把图表放到剪贴板。&lt;b&gt;文件 → 加载模型元数据…&lt;/b&gt; 为未注明模型规模的结果添加规模表。会话（文件 → 会话另存为…，Ctrl+Shift+S）保存整个视图。&lt;/p&gt;&lt;p&gt;&lt;b&gt;导览&lt;/b&gt;（F5）逐步讲解这些概念；Shift+F5 全屏演示。项目中的 docs/gui.md 详细介绍了每个视图。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Tour: next step&lt;/td&gt;&lt;td&gt;&lt;b&gt;→, Space, Page Down&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tour: previous step&lt;/td&gt;&lt;td&gt;&lt;b&gt;←, Page Up, Backspace&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tour: leave&lt;/td&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Search box: show the first match&lt;/td&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;导览：下一步&lt;/td&gt;&lt;td&gt;&lt;b&gt;→、空格、Page Down&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;导览：上一步&lt;/td&gt;&lt;td&gt;&lt;b&gt;←、Page Up、Backspace&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;导览：退出&lt;/td&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;搜索框：显示第一个匹配项&lt;/td&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;p&gt;Alt with the underlined letter opens a menu or a tab.&lt;/p&gt;&lt;table cellspacing=4&gt;</source>
        <translation>&lt;h3&gt;键盘快捷键&lt;/h3&gt;&lt;p&gt;Alt 加带下划线的字母可打开菜单或标签页。&lt;/p&gt;&lt;table cellspacing=4&gt;</translation>
    </message>
    <message>
        <source>steady climb 0, 0.2, 0.4, 0.6, 0.8</source>
        <translation>稳步上升 0, 0.2, 0.4, 0.6, 0.8</translation>
    </message>
    <message>
        <source>one jump 0, 0.01, 0.02, 0.8, 0.81</source>
        <translation>一次跃升 0, 0.01, 0.02, 0.8, 0.81</translation>
    </message>
    <message>
        <source>flat then jump 0, 0, 0, 0, 0.8</source>
        <translation>先平后跃 0, 0, 0, 0, 0.8</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What do B and L mean?&lt;/h3&gt;&lt;p&gt;Both describe one curve: a task&apos;s score y on one metric for one family, with the models ordered by scale. &lt;b&gt;I(y)&lt;/b&gt; is how far the curve moves from its lowest to its highest point, positive when the highest point comes at the larger scale.&lt;/p&gt;&lt;p&gt;&lt;b&gt;B, breakthroughness&lt;/b&gt;: %1. Large when the curve moves a lot but most steps between neighbouring models are small, so the change happens in a few jumps; infinite when most steps are exactly zero yet the curve moves; 0 when flat.&lt;/p&gt;&lt;p&gt;&lt;b&gt;L, linearity&lt;/b&gt;: %2. The BIG-bench paper&apos;s own formula could not be read, so the app labels L &quot;definition unconfirmed&quot; everywhere. Equal steps give L = n − 1 (n models); a single jump gives only √(n − 1).&lt;/p&gt;&lt;p&gt;Both need at least 3 models. The Data list shows them for one representative family per task (named in the tooltip); the Analysis panel for the curves on screen.&lt;/p&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;th align=left&gt;example curve&lt;/th&gt;&lt;th&gt;I(y)&lt;/th&gt;&lt;th&gt;B&lt;/th&gt;&lt;th&gt;L&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h3&gt;B 和 L 是什么意思？&lt;/h3&gt;&lt;p&gt;两者都描述一条曲线：某个模型系列在某个指标上的任务得分 y，模型按规模排序。&lt;b&gt;I(y)&lt;/b&gt; 是曲线从最低点到最高点的变化幅度，最高点出现在较大规模时为正。&lt;/p&gt;&lt;p&gt;&lt;b&gt;B，突破性&lt;/b&gt;：%1。曲线变化很大、但相邻模型之间的多数步长很小时（即变化集中在少数几次跃升）B 较大；多数步长恰为零而曲线仍有变化时为无穷大；曲线平坦时为 0。&lt;/p&gt;&lt;p&gt;&lt;b&gt;L，线性度&lt;/b&gt;：%2。BIG-bench 论文中的原公式无法读取，因此本应用处处把 L 标为“定义未确认”。等距的步长给出 L = n − 1（n 个模型）；单次跃升只给出 √(n − 1)。&lt;/p&gt;&lt;p&gt;两者都需要至少 3 个模型。数据列表中显示的是每个任务一个代表性模型系列的值（名称见提示）；分析面板显示屏幕上各条曲线的值。&lt;/p&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;th align=left&gt;示例曲线&lt;/th&gt;&lt;th&gt;I(y)&lt;/th&gt;&lt;th&gt;B&lt;/th&gt;&lt;th&gt;L&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>InstanceTable</name>
    <message>
        <source>unknown metric &apos;%1&apos;</source>
        <translation>未知指标“%1”</translation>
    </message>
    <message>
        <source>%1 has another size in another file; the first one is used for ordering</source>
        <translation>%1 在另一个文件中的规模不同；排序时使用第一个</translation>
    </message>
    <message>
        <source>no per-example records of task &apos;%1&apos;, subtask &apos;%2&apos;</source>
        <translation>没有任务“%1”、子任务“%2”的逐样本记录</translation>
    </message>
    <message>
        <source>no per-example records of task &apos;%1&apos;</source>
        <translation>没有任务“%1”的逐样本记录</translation>
    </message>
    <message>
        <source>instance &apos;%1&apos; of %2 appears again (first at line %3); the instance table uses the first</source>
        <translation>%2 的实例“%1”再次出现（首次在第 %3 行）；实例表使用第一次出现的记录</translation>
    </message>
</context>
<context>
    <name>JsonArrayElements</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>expected a JSON array (&apos;[&apos;) at byte %1</source>
        <translation>字节 %1 处应为 JSON 数组（&apos;[&apos;）</translation>
    </message>
    <message>
        <source>empty element</source>
        <translation>空元素</translation>
    </message>
    <message>
        <source>the data ends inside this record (a truncated file)</source>
        <translation>数据在此记录中间结束（文件被截断）</translation>
    </message>
    <message>
        <source>the data ends before the array&apos;s closing &apos;]&apos;</source>
        <translation>数据在数组的结尾 &apos;]&apos; 之前结束</translation>
    </message>
    <message>
        <source>unexpected data after the array&apos;s closing &apos;]&apos;</source>
        <translation>数组的结尾 &apos;]&apos; 之后有多余数据</translation>
    </message>
</context>
<context>
    <name>JsonLines</name>
    <message>
        <source>text is not valid UTF-8 (at byte %1)</source>
        <translation>文本不是有效的 UTF-8（在字节 %1 处）</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（字节 %2 处：%1）</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>the file is UTF-16 (it starts with a byte-order mark); JSON Lines must be UTF-8: save it as UTF-8 and load it again</source>
        <translation>文件为 UTF-16（以字节顺序标记开头）；JSON Lines 必须是 UTF-8：请另存为 UTF-8 后重新加载</translation>
    </message>
    <message>
        <source>expected a JSON object on each line</source>
        <translation>每行应为一个 JSON 对象</translation>
    </message>
</context>
<context>
    <name>LegendPlacement</name>
    <message>
        <source>bottom</source>
        <translation>底部</translation>
    </message>
    <message>
        <source>top</source>
        <translation>顶部</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>图内</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>LmEvalExamples</name>
    <message>
        <source>doc %1: %2; skipped</source>
        <translation>文档 %1：%2；已跳过</translation>
    </message>
    <message>
        <source>no responses</source>
        <translation>没有模型回答</translation>
    </message>
    <message>
        <source>the same doc_id as line %1 (a doc is scored once)</source>
        <translation>doc_id 与第 %1 行相同（每个文档只评分一次）</translation>
    </message>
    <message>
        <source>a rolling log-likelihood must be a number &lt;= 0</source>
        <translation>滚动对数似然必须是 &lt;= 0 的数</translation>
    </message>
    <message>
        <source>a rolling log-likelihood needs its document as &apos;target&apos;</source>
        <translation>滚动对数似然需要以其文档作为 &apos;target&apos;</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>没有目标答案</translation>
    </message>
    <message>
        <source>a log-likelihood is not a number</source>
        <translation>某个对数似然不是数字</translation>
    </message>
    <message>
        <source>a log-likelihood is NaN</source>
        <translation>某个对数似然为 NaN</translation>
    </message>
    <message>
        <source>a log-likelihood is +Infinity</source>
        <translation>某个对数似然为 +Infinity</translation>
    </message>
    <message>
        <source>%1 requests but %2 log-likelihoods</source>
        <translation>有 %1 个请求，但有 %2 个对数似然</translation>
    </message>
    <message>
        <source>cannot tell which choice is correct from &apos;target&apos;</source>
        <translation>无法从 &apos;target&apos; 判断哪个选项正确</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>应为 JSON 数组</translation>
    </message>
    <message>
        <source>doc %1: bad logit_i or truth; skipped</source>
        <translation>文档 %1：logit_i 或 truth 无效；已跳过</translation>
    </message>
    <message>
        <source>%1 generation record(s) have no reference text (v0.3 write_out stores only &apos; &apos; as truth); skipped</source>
        <translation>%1 条生成记录没有参考文本（v0.3 的 write_out 只把 &apos; &apos; 存为 truth）；已跳过</translation>
    </message>
</context>
<context>
    <name>LmEvalJson</name>
    <message>
        <source>%1 is not a whole number of shots from 0 to 10000; the shot count is left unknown</source>
        <translation>%1 不是 0 到 10000 之间的整数样本数；样本数视为未知</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>字节 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number that JSON can hold (NaN, infinity or beyond the double range); the value is read as missing</source>
        <translation>“%1”不是 JSON 可以表示的有限数（NaN、无穷大或超出 double 范围）；该值按缺失处理</translation>
    </message>
    <message>
        <source>no &quot;results&quot; object: not an lm-evaluation-harness results file</source>
        <translation>没有 &quot;results&quot; 对象：不是 lm-evaluation-harness 结果文件</translation>
    </message>
    <message>
        <source>the model is given as a local path (&apos;%1&apos;); using the folder name &apos;%2&apos; as its name</source>
        <translation>模型以本地路径（“%1”）给出；使用文件夹名“%2”作为模型名</translation>
    </message>
    <message>
        <source>no size is known for model &apos;%1&apos; (give a model metadata table: File → Load model metadata… in the app, --models on the command line); its scale is left unknown</source>
        <translation>模型“%1”的规模未知（请提供模型元数据表：在应用中用“文件 → 加载模型元数据…”，在命令行中用 --models）；其规模视为未知</translation>
    </message>
    <message>
        <source>expected an object of metrics</source>
        <translation>应为由指标组成的对象</translation>
    </message>
    <message>
        <source>the value is not a number; skipped</source>
        <translation>该值不是数字；已跳过</translation>
    </message>
    <message>
        <source>the value is not finite; skipped</source>
        <translation>该值不是有限数；已跳过</translation>
    </message>
</context>
<context>
    <name>LmEvalRunInfo</name>
    <message>
        <source>results file: %1; the model, size and shots of the samples beside it are not taken from it</source>
        <translation>结果文件：%1；旁边样本文件的模型、规模和样本数不从它获取</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>not a number; the model&apos;s size is unknown</source>
        <translation>不是数字；模型规模未知</translation>
    </message>
</context>
<context>
    <name>LongCsv</name>
    <message>
        <source>the value is empty; the row was skipped</source>
        <translation>值为空；已跳过该行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number; the row was skipped</source>
        <translation>“%1”不是有限数；已跳过该行</translation>
    </message>
    <message>
        <source>%1 row(s) have a zero or negative scale (first here); they are kept but cannot be drawn on a log axis</source>
        <translation>%1 行的规模为零或负数（第一处在此）；已保留，但无法画在对数坐标轴上</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3; the row was skipped</source>
        <translation>“%1”不是 %2 到 %3 之间的整数；已跳过该行</translation>
    </message>
    <message>
        <source>the file is empty: a header row is required</source>
        <translation>文件为空：需要表头行</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice; the first one is used</source>
        <translation>列“%1”出现两次；使用第一列</translation>
    </message>
    <message>
        <source>the header has no &apos;%1&apos; column; expected the canonical columns %2</source>
        <translation>表头中没有“%1”列；应为标准列 %2</translation>
    </message>
    <message>
        <source>unknown columns were ignored: %1</source>
        <translation>已忽略未知列：%1</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>该行有 %1 个字段，但表头有 %2 个</translation>
    </message>
    <message>
        <source>task, model and metric must not be empty; the row was skipped</source>
        <translation>任务、模型和指标不能为空；已跳过该行</translation>
    </message>
    <message>
        <source>no data rows: the file has a header only</source>
        <translation>没有数据行：文件只有表头</translation>
    </message>
</context>
<context>
    <name>MetricNames</name>
    <message>
        <source>exact_match</source>
        <translation>精确匹配</translation>
    </message>
    <message>
        <source>exact_str_match</source>
        <translation>精确字符串匹配</translation>
    </message>
    <message>
        <source>multiple_choice_grade</source>
        <translation>多项选择得分</translation>
    </message>
    <message>
        <source>acc</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>acc_norm</source>
        <translation>归一化准确率</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <source>word_perplexity</source>
        <translation>词级困惑度</translation>
    </message>
    <message>
        <source>edit_distance</source>
        <translation>编辑距离</translation>
    </message>
    <message>
        <source>calc_steps_reached</source>
        <translation>达到的计算步骤</translation>
    </message>
    <message>
        <source>log_prob_correct_option</source>
        <translation>正确选项的对数概率</translation>
    </message>
    <message>
        <source>log_prob_best_incorrect_option</source>
        <translation>最佳错误选项的对数概率</translation>
    </message>
    <message>
        <source>log_prob_margin</source>
        <translation>对数概率差距</translation>
    </message>
    <message>
        <source>brier_score</source>
        <translation>Brier 分数</translation>
    </message>
</context>
<context>
    <name>MetricRange</name>
    <message>
        <source>%1 is scored 0–1</source>
        <translation>%1 的取值范围为 0–1</translation>
    </message>
    <message>
        <source>%1 is scored 0–100</source>
        <translation>%1 的取值范围为 0–100</translation>
    </message>
    <message>
        <source>values within 0–1</source>
        <translation>数值在 0–1 之内</translation>
    </message>
    <message>
        <source>values within 0–100</source>
        <translation>数值在 0–100 之内</translation>
    </message>
</context>
<context>
    <name>MmluProOutputs</name>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>invalid UTF-8 near byte %1; replaced by U+FFFD</source>
        <translation>字节 %1 附近有无效的 UTF-8；已替换为 U+FFFD</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2); record skipped</source>
        <translation>不是有效的 JSON（字节 %2 处：%1）；已跳过该记录</translation>
    </message>
    <message>
        <source>expected a JSON object; record skipped</source>
        <translation>应为 JSON 对象；已跳过该记录</translation>
    </message>
    <message>
        <source>%1; record skipped</source>
        <translation>%1；已跳过该记录</translation>
    </message>
    <message>
        <source>&apos;category&apos; is %1, expected a category name</source>
        <translation>&apos;category&apos; 为%1，应为类别名</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>&apos;question_id&apos; is %1, expected a whole number</source>
        <translation>&apos;question_id&apos; 为%1，应为整数</translation>
    </message>
    <message>
        <source>question %1: &apos;answer&apos; is %2, expected a letter A–J</source>
        <translation>问题 %1：&apos;answer&apos; 为%2，应为字母 A–J</translation>
    </message>
    <message>
        <source>question %1: &apos;pred&apos; is &apos;%2&apos;, not a letter A–J; kept (it matches no answer)</source>
        <translation>问题 %1：&apos;pred&apos; 为“%2”，不是字母 A–J；已保留（它不匹配任何答案）</translation>
    </message>
    <message>
        <source>question %1: &apos;pred&apos; is %2, expected a letter A–J or null</source>
        <translation>问题 %1：&apos;pred&apos; 为%2，应为字母 A–J 或 null</translation>
    </message>
    <message>
        <source>question %1: &apos;options&apos; is not a list of texts; choices left incomplete</source>
        <translation>问题 %1：&apos;options&apos; 不是文本列表；选项不完整</translation>
    </message>
    <message>
        <source>%1 (at byte %2); record skipped</source>
        <translation>%1（在字节 %2 处）；已跳过该记录</translation>
    </message>
    <message>
        <source>%1; MMLU-Pro outputs are one JSON array</source>
        <translation>%1；MMLU-Pro 输出应为一个 JSON 数组</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos;: %2; MMLU-Pro outputs are one JSON array</source>
        <translation>条目“%1”：%2；MMLU-Pro 输出应为一个 JSON 数组</translation>
    </message>
    <message>
        <source>the size of model &apos;%1&apos; is unknown: the file does not give it and no model metadata table names it; its curves have no scale</source>
        <translation>模型“%1”的规模未知：文件中没有给出，也没有模型元数据表列出它；其曲线没有规模</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
</context>
<context>
    <name>ModelScale</name>
    <message>
        <source>parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>non-embedding parameters</source>
        <translation>非嵌入参数量</translation>
    </message>
    <message>
        <source>training tokens</source>
        <translation>训练 token 数</translation>
    </message>
    <message>
        <source>training FLOPs</source>
        <translation>训练 FLOPs</translation>
    </message>
</context>
<context>
    <name>ObservationalForecast</name>
    <message>
        <source>%1 of %2 bootstrap replicates could not be fitted</source>
        <translation>%2 次自助法重复中有 %1 次无法拟合</translation>
    </message>
    <message>
        <source>the chance level of %1 is unknown: 0 is assumed</source>
        <translation>%1 的随机水平未知：假定为 0</translation>
    </message>
    <message>
        <source>scores above 1: the metric is taken to run to 100</source>
        <translation>得分高于 1：视该指标的范围为 0–100</translation>
    </message>
    <message>
        <source>the fitted floor %1 sits on its bound [%2, %3]</source>
        <translation>拟合得到的下限 %1 落在其边界 [%2, %3] 上</translation>
    </message>
    <message>
        <source>%1 training models lie on the fitted rise (5–95 % of the way from floor to ceiling): the training data barely determine its steepness and position</source>
        <translation>只有 %1 个训练模型位于拟合曲线的上升段（从下限到上限的 5–95 %）：训练数据几乎无法确定其陡度和位置</translation>
    </message>
    <message>
        <source>the imputation of the training models did not converge in %1 iterations (largest change of an imputed score still ≥ %2 sd)</source>
        <translation>训练模型的插补在 %1 次迭代内未收敛（插补得分的最大变化仍 ≥ %2 个标准差）</translation>
    </message>
    <message>
        <source>the imputation of %1 did not converge in %2 iterations</source>
        <translation>%1 的插补在 %2 次迭代内未收敛</translation>
    </message>
</context>
<context>
    <name>PanelData</name>
    <message>
        <source>chance %1%2</source>
        <translation>随机水平 %1%2</translation>
    </message>
    <message>
        <source>%1; the full range is shown</source>
        <translation>%1；显示完整范围</translation>
    </message>
    <message>
        <source>%1 point at 0 or 1 drawn at %2 or %3 (logit axis)</source>
        <translation>%1 个位于 0 或 1 的点画在 %2 或 %3 处（logit 轴）</translation>
    </message>
    <message>
        <source>%1 points at 0 or 1 drawn at %2 or %3 (logit axis)</source>
        <translation>%1 个位于 0 或 1 的点画在 %2 或 %3 处（logit 轴）</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1（对数刻度）</translation>
    </message>
    <message>
        <source>%1 (logit scale)</source>
        <translation>%1（logit 刻度）</translation>
    </message>
    <message>
        <source>normalised %1</source>
        <translation>归一化%1</translation>
    </message>
    <message>
        <source>%1 has no known %2</source>
        <translation>%1 个点没有已知的%2</translation>
    </message>
    <message>
        <source>%1 have no known %2</source>
        <translation>%1 个点没有已知的%2</translation>
    </message>
    <message>
        <source>%1 has a zero or negative scale (log axis)</source>
        <translation>%1 个点的规模为零或负（对数轴）</translation>
    </message>
    <message>
        <source>%1 have a zero or negative scale (log axis)</source>
        <translation>%1 个点的规模为零或负（对数轴）</translation>
    </message>
    <message>
        <source>%1 is zero or below (log y axis)</source>
        <translation>%1 个点的值为零或以下（对数 y 轴）</translation>
    </message>
    <message>
        <source>%1 are zero or below (log y axis)</source>
        <translation>%1 个点的值为零或以下（对数 y 轴）</translation>
    </message>
    <message>
        <source>%1 point not shown: %2</source>
        <translation>%1 个点未显示：%2</translation>
    </message>
    <message>
        <source>%1 points not shown: %2</source>
        <translation>%1 个点未显示：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>PaperOutputs</name>
    <message>
        <source>no &apos;outputs&apos; array</source>
        <translation>没有 &apos;outputs&apos; 数组</translation>
    </message>
    <message>
        <source>no target or prediction; skipped</source>
        <translation>没有目标答案或预测；已跳过</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>expected a JSON object on each line</source>
        <translation>每行应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>no answer line or no solution for %1; skipped</source>
        <translation>%1 没有答案行或没有解答；已跳过</translation>
    </message>
    <message>
        <source>%1; line skipped</source>
        <translation>%1；已跳过该行</translation>
    </message>
    <message>
        <source>a symbolic link to &apos;%1&apos;, outside the folder of %2; not followed, so model sizes are unknown</source>
        <translation>指向“%1”的符号链接，位于 %2 所在文件夹之外；未跟随，因此模型规模未知</translation>
    </message>
    <message>
        <source>expected a header &apos;idx,target_word,&lt;model&gt;_nll,...&apos;</source>
        <translation>应有表头 &apos;idx,target_word,&lt;model&gt;_nll,...&apos;</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2; line skipped</source>
        <translation>应有 %1 个字段，实际为 %2 个；已跳过该行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number; skipped</source>
        <translation>“%1”不是数字；已跳过</translation>
    </message>
</context>
<context>
    <name>PaperTables</name>
    <message>
        <source>the value is empty; the row was skipped</source>
        <translation>值为空；已跳过该行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number; the row was skipped</source>
        <translation>“%1”不是有限数；已跳过该行</translation>
    </message>
    <message>
        <source>%1 is not a positive size; the model&apos;s scale is left unknown in this row</source>
        <translation>%1 不是正的规模；此行中该模型的规模视为未知</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 0 to %2; the row was skipped</source>
        <translation>“%1”不是 0 到 %2 之间的整数；已跳过该行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size such as 420M or 1.3B</source>
        <translation>“%1”不是 420M 或 1.3B 这样的规模</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither true nor false; read as false (not deduplicated)</source>
        <translation>“%1”既不是 true 也不是 false；按 false（未去重）读取</translation>
    </message>
    <message>
        <source>the file is empty: a header row is required</source>
        <translation>文件为空：需要表头行</translation>
    </message>
    <message>
        <source>this table layout is not known</source>
        <translation>未知的表格布局</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>该行有 %1 个字段，但表头有 %2 个</translation>
    </message>
    <message>
        <source>no data rows: the file has a header only</source>
        <translation>没有数据行：文件只有表头</translation>
    </message>
</context>
<context>
    <name>ParallelJsonLines</name>
    <message>
        <source>expected a JSON object on each line</source>
        <translation>每行应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>%1; line skipped</source>
        <translation>%1；已跳过该行</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>the file is UTF-16 (it starts with a byte-order mark); JSON Lines must be UTF-8: save it as UTF-8 and load it again</source>
        <translation>文件为 UTF-16（以字节顺序标记开头）；JSON Lines 必须是 UTF-8：请另存为 UTF-8 后重新加载</translation>
    </message>
</context>
<context>
    <name>PassAtK</name>
    <message>
        <source>k = %1; pass@k needs k &gt;= 1</source>
        <translation>k = %1；pass@k 要求 k &gt;= 1</translation>
    </message>
    <message>
        <source>negative count (%1 samples, %2 correct)</source>
        <translation>计数为负（%1 个采样，%2 个正确）</translation>
    </message>
    <message>
        <source>%1 correct of only %2 samples</source>
        <translation>只有 %2 个采样，却有 %1 个正确</translation>
    </message>
    <message>
        <source>%1 sample(s), fewer than k = %2 (pass@k needs n &gt;= k)</source>
        <translation>%1 个采样，少于 k = %2（pass@k 要求 n &gt;= k）</translation>
    </message>
</context>
<context>
    <name>PathContainment</name>
    <message>
        <source>a symbolic link to &apos;%1&apos;, outside the chosen folder &apos;%2&apos;; not followed</source>
        <translation>指向“%1”的符号链接，位于所选文件夹“%2”之外；未跟随</translation>
    </message>
    <message>
        <source>a symbolic link to &apos;%1&apos; that does not resolve (missing target or a loop); not followed</source>
        <translation>指向“%1”的符号链接无法解析（目标缺失或形成循环）；未跟随</translation>
    </message>
</context>
<context>
    <name>PreparedCurve</name>
    <message>
        <source>%1 point(s) without a value left out</source>
        <translation>略去了 %1 个没有值的点</translation>
    </message>
    <message>
        <source>%1 point(s) with no known %2 left out</source>
        <translation>略去了 %1 个没有已知%2的点</translation>
    </message>
    <message>
        <source>%1 point(s) with a zero or negative scale left out</source>
        <translation>略去了 %1 个规模为零或负的点</translation>
    </message>
    <message>
        <source>normalised with chance %1 (%2) and perfect %3</source>
        <translation>已归一化：随机水平 %1（%2），满分 %3</translation>
    </message>
    <message>
        <source>normalised score unavailable (the chance level is unknown): raw values used</source>
        <translation>无法计算归一化得分（随机水平未知）：使用原始值</translation>
    </message>
    <message>
        <source>normalised score unavailable (no perfect score above chance is known): raw values used</source>
        <translation>无法计算归一化得分（没有已知的高于随机水平的满分）：使用原始值</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The metric&apos;s whole range (0–1, or 0–100 for BLEU, chrF and ROUGE) where the metric says; otherwise fitted to the data</source>
        <translation>指标的完整范围（0–1；BLEU、chrF 和 ROUGE 为 0–100），若指标有规定；否则按数据适配</translation>
    </message>
    <message>
        <source>Fitted to the data and the chance and perfect lines (magnifies small differences)</source>
        <translation>按数据以及随机水平线和满分线适配（放大细小差异）</translation>
    </message>
    <message>
        <source>Log scale; values at zero or below cannot be drawn and are counted under the chart</source>
        <translation>对数刻度；零或以下的值无法绘制，计数显示在图表下方</translation>
    </message>
    <message>
        <source>log(p / (1 − p)) of a 0–1 proportion; values at 0 or 1 are drawn at 0.001 or 0.999 and counted under the chart</source>
        <translation>0–1 比例的 log(p / (1 − p))；位于 0 或 1 的值画在 0.001 或 0.999 处，计数显示在图表下方</translation>
    </message>
    <message>
        <source>(score − chance) / (perfect − chance): 0 = chance, 1 = perfect (as BIG-bench&apos;s low and high scores)</source>
        <translation>(得分 − 随机水平) / (满分 − 随机水平)：0 = 随机水平，1 = 满分（同 BIG-bench 的最低与最高得分）</translation>
    </message>
    <message>
        <source>Recover session</source>
        <translation>恢复会话</translation>
    </message>
    <message>
        <source>Emergence Explorer did not close normally. Restore the view autosaved at %1?</source>
        <translation>Emergence Explorer 上次未正常关闭。是否恢复 %1 自动保存的视图？</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>no record of this instance</source>
        <translation>没有该实例的记录</translation>
    </message>
    <message>
        <source>not scorable by %1</source>
        <translation>无法用 %1 评分</translation>
    </message>
    <message>
        <source>✓ solved</source>
        <translation>✓ 已解决</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ 错误</translation>
    </message>
    <message>
        <source>&lt;i&gt;no output&lt;/i&gt;</source>
        <translation>&lt;i&gt;无输出&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;(empty: no answer found)&lt;/i&gt;</source>
        <translation>&lt;i&gt;（空：未找到答案）&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>byte %1: %2</source>
        <translation>字节 %1：%2</translation>
    </message>
    <message>
        <source>the rubric needs a &quot;name&quot;</source>
        <translation>评分细则需要 &quot;name&quot;</translation>
    </message>
    <message>
        <source>the rubric needs a non-empty &quot;stages&quot; list</source>
        <translation>评分细则需要非空的 &quot;stages&quot; 列表</translation>
    </message>
    <message>
        <source>: a stage needs a &quot;name&quot;</source>
        <translation>：阶段需要 &quot;name&quot;</translation>
    </message>
    <message>
        <source>: &quot;threshold&quot; must be a number</source>
        <translation>：&quot;threshold&quot; 必须是数字</translation>
    </message>
</context>
<context>
    <name>ScalingFamilies</name>
    <message>
        <source>%1 family</source>
        <translation>%1 个模型系列</translation>
    </message>
    <message>
        <source>%1 families</source>
        <translation>%1 个模型系列</translation>
    </message>
    <message>
        <source>%1 of %2 family shown</source>
        <translation>显示 %2 个模型系列中的 %1 个</translation>
    </message>
    <message>
        <source>%1 of %2 families shown</source>
        <translation>显示 %2 个模型系列中的 %1 个</translation>
    </message>
    <message>
        <source>(no family)</source>
        <translation>（无模型系列）</translation>
    </message>
</context>
<context>
    <name>ScalingPanel</name>
    <message>
        <source>%1 has %2 subtasks, too many to draw as lines: pick one in the data browser, or see them all as a heat map on the Decomposition tab.</source>
        <translation>%1 有 %2 个子任务，太多，无法逐条画线：请在数据浏览器中选择一个，或在“分解”标签页以热图查看全部。</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>%1-shot</source>
        <translation>%1-shot</translation>
    </message>
    <message>
        <source>shots unknown</source>
        <translation>样本数未知</translation>
    </message>
</context>
<context>
    <name>ScoreWhileReading</name>
    <message>
        <source>no data rows: the file holds no records</source>
        <translation>没有数据行：文件中没有记录</translation>
    </message>
</context>
<context>
    <name>ShapeScores</name>
    <message>
        <source>change concentrated in few steps</source>
        <translation>变化集中在少数几步</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>平坦</translation>
    </message>
    <message>
        <source>undefined: %1 point(s), at least 3 needed</source>
        <translation>未定义：%1 个点，至少需要 3 个</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>the file starts like UTF-16 but has invalid UTF-16 sequences; bad characters were replaced</source>
        <translation>文件开头像 UTF-16，但含有无效的 UTF-16 序列；错误字符已被替换</translation>
    </message>
    <message>
        <source>the file is UTF-16; it was read as UTF-16 and treated as UTF-8 text (save it as UTF-8 to silence this)</source>
        <translation>文件为 UTF-16；已按 UTF-16 读取并当作 UTF-8 文本处理（另存为 UTF-8 即可消除此提示）</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>offset %1: %2</source>
        <translation>偏移 %1：%2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;emergence-tour&quot;</source>
        <translation>&quot;format&quot; 不是 &quot;emergence-tour&quot;</translation>
    </message>
    <message>
        <source>steps[%1]: a step needs a &quot;title&quot;</source>
        <translation>steps[%1]：每一步都需要 &quot;title&quot;</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>没有步骤</translation>
    </message>
</context>
<context>
    <name>TourSteps</name>
    <message>
        <source>Are emergent abilities a mirage?</source>
        <translation>涌现能力是海市蜃楼吗？</translation>
    </message>
    <message>
        <source>What &quot;emergent&quot; looks like</source>
        <translation>“涌现”是什么样子</translation>
    </message>
    <message>
        <source>Two-digit addition (2-shot), a curve per family.</source>
        <translation>两位数加法（2-shot），每个模型系列一条曲线。</translation>
    </message>
    <message>
        <source>Where does each family make its biggest step?</source>
        <translation>每个模型系列在哪里迈出最大一步？</translation>
    </message>
    <message>
        <source>Does every task jump?</source>
        <translation>每个任务都会跃升吗？</translation>
    </message>
    <message>
        <source>MMLU, a broad knowledge test, across many model families.</source>
        <translation>MMLU，一项广泛的知识测试，覆盖众多模型系列。</translation>
    </message>
    <message>
        <source>Which families climb steadily, and which make one big step?</source>
        <translation>哪些模型系列稳步上升，哪些一步跃升？</translation>
    </message>
    <message>
        <source>Two numbers for the two behaviours</source>
        <translation>两个数字描述两种行为</translation>
    </message>
    <message>
        <source>Every task curve as one point: breakthroughness B (how much of the change happens in a few steps) against linearity L (large for steady climbs; definition unconfirmed). The browser is sorted by B.</source>
        <translation>每条任务曲线显示为一个点：突破性 B（变化有多少集中在少数几步）对线性度 L（稳步上升时较大；定义未确认）。浏览器按 B 排序。</translation>
    </message>
    <message>
        <source>Where do arithmetic and word unscrambling (ringed) sit? Click a point to see its curve.</source>
        <translation>算术和单词还原（圈出）位于哪里？点击一个点查看其曲线。</translation>
    </message>
    <message>
        <source>Change the metric, change the story?</source>
        <translation>换个指标，换个结论？</translation>
    </message>
    <message>
        <source>IPA transliteration scored two ways: exact match (all or nothing) and BLEU (partial credit), side by side.</source>
        <translation>IPA 音译用两种方式评分并排显示：精确匹配（全对或全错）和 BLEU（部分得分）。</translation>
    </message>
    <message>
        <source>Does partial credit (BLEU) spread the rise over more sizes than exact match?</source>
        <translation>部分得分（BLEU）是否比精确匹配把上升分摊到更多规模上？</translation>
    </message>
    <message>
        <source>Same outputs, another metric</source>
        <translation>同样的输出，另一个指标</translation>
    </message>
    <message>
        <source>GSM8K: the same solutions of GPT-3 6B and 175B (finetuned; a verifier&apos;s pick), scored by the app. Left: problems with the right final answer. Right: the reference&apos;s calculator steps the model also computed.</source>
        <translation>GSM8K：GPT-3 6B 和 175B 的同一批解答（微调；由验证器挑选），由本应用评分。左：最终答案正确的题目。右：参考答案中模型同样算出的计算步骤。</translation>
    </message>
    <message>
        <source>At every size and method, the share of steps reached (right) is higher than the share of problems solved (left).</source>
        <translation>在每个规模和方法下，达到的步骤比例（右）都高于解出的题目比例（左）。</translation>
    </message>
    <message>
        <source>Accuracy next to log-probability</source>
        <translation>准确率与对数概率并列</translation>
    </message>
    <message>
        <source>Pythia on LAMBADA: accuracy next to perplexity of the right word.</source>
        <translation>Pythia 在 LAMBADA 上：准确率与正确词的困惑度并列。</translation>
    </message>
    <message>
        <source>Does the log-probability of the right word change more evenly across sizes than accuracy?</source>
        <translation>正确词的对数概率在各规模间的变化是否比准确率更均匀？</translation>
    </message>
    <message>
        <source>Whole versus parts</source>
        <translation>整体与部分</translation>
    </message>
    <message>
        <source>Arithmetic split into its parts (2-digit addition, 3-digit addition and subtraction, 2-digit multiplication) and the whole predicted with the &quot;all parts needed&quot; rule.</source>
        <translation>算术拆分为各部分（两位数加法、三位数加法与减法、两位数乘法），并按“所有部分都需要”的规则预测整体。</translation>
    </message>
    <message>
        <source>Compare the breakthroughness of the parts with that of the whole. The Toy model tab shows the same effect in a simulation.</source>
        <translation>比较各部分与整体的突破性。“玩具模型”标签页在模拟中展示了同样的效应。</translation>
    </message>
    <message>
        <source>How you ask matters</source>
        <translation>提问方式很重要</translation>
    </message>
    <message>
        <source>GSM8K grade-school maths: standard prompting versus chain-of-thought (Wei et al. 2022) and zero-shot versus &quot;Let&apos;s think step by step&quot; (Kojima et al. 2022).</source>
        <translation>GSM8K 小学数学：标准提示对比思维链（Wei 等，2022），零样本对比 “Let&apos;s think step by step”（Kojima 等，2022）。</translation>
    </message>
    <message>
        <source>Does the prompt move the largest step, or change its height?</source>
        <translation>提示改变的是最大一步的位置，还是它的高度？</translation>
    </message>
    <message>
        <source>Is bigger always better?</source>
        <translation>越大总是越好吗？</translation>
    </message>
    <message>
        <source>TruthfulQA: answering questions that tempt models to repeat common misconceptions.</source>
        <translation>TruthfulQA：回答那些诱使模型重复常见误解的问题。</translation>
    </message>
    <message>
        <source>Which families score lower at their largest size than at a smaller one?</source>
        <translation>哪些模型系列在最大规模上的得分低于较小规模？</translation>
    </message>
    <message>
        <source>Garbage in, garbage out</source>
        <translation>垃圾进，垃圾出</translation>
    </message>
    <message>
        <source>Now try your own results: File → Open (or drop files on the window).</source>
        <translation>现在试试你自己的结果：文件 → 打开（或把文件拖到窗口上）。</translation>
    </message>
    <message>
        <source>For each curve ask: which metric, which prompt, how many examples, how many models?</source>
        <translation>对每条曲线都问一问：哪个指标、哪种提示、多少样本、多少个模型？</translation>
    </message>
    <message>
        <source>Could we have seen it coming?</source>
        <translation>我们能提前预见吗？</translation>
    </message>
    <message>
        <source>The task in the title, forecast the observational way (Ruan et al. 2024): a sigmoid of three capability PCs of standard benchmarks, fitted on the models up to Llama-2-7B&apos;s training compute, pooled across families.</source>
        <translation>标题中的任务，用观测式方法预测（Ruan 等，2024）：以标准基准的三个能力主成分为自变量的 sigmoid，在训练算力不超过 Llama-2-7B 的模型上拟合，跨模型系列合并。</translation>
    </message>
    <message>
        <source>Move the cutoff: from how small a set of models does the forecast still hold? Which held-out models (red-orange) fall outside the band?</source>
        <translation>移动截止点：用多小的一组模型，预测仍然成立？哪些留出模型（橙红色）落在区间带之外？</translation>
    </message>
</context>
<context>
    <name>ToyModel</name>
    <message>
        <source>Kaplan et al. 2020 eq. 1.1 (N_c = 8.8e13 non-embedding parameters, α_N = 0.076): the transition lies far above 10^12</source>
        <translation>Kaplan 等 2020 式 1.1（N_c = 8.8e13 个非嵌入参数，α_N = 0.076）：转变点远高于 10^12</translation>
    </message>
    <message>
        <source>teaching preset (c = 1e9, α = −1): for L = 5 exact match rises from 10 % at 2.2e9 to 90 % at 4.7e10</source>
        <translation>教学预设（c = 1e9，α = −1）：当 L = 5 时，精确匹配从 2.2e9 处的 10 % 升至 4.7e10 处的 90 %</translation>
    </message>
</context>
<context>
    <name>WideCsv</name>
    <message>
        <source>&apos;%1&apos; is not a finite number; the model&apos;s %2 is left unknown</source>
        <translation>“%1”不是有限数；该模型的 %2 视为未知</translation>
    </message>
    <message>
        <source>%1 of %2 is not positive; kept, but it cannot be drawn on a log axis</source>
        <translation>%2 的 %1 不是正数；已保留，但无法画在对数坐标轴上</translation>
    </message>
    <message>
        <source>the file is empty: a header row is required</source>
        <translation>文件为空：需要表头行</translation>
    </message>
    <message>
        <source>the header has no &apos;Model&apos; column</source>
        <translation>表头中没有“Model”列</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; missing cells are treated as blank</source>
        <translation>该行有 %1 个字段，但表头有 %2 个；缺少的单元格视为空白</translation>
    </message>
    <message>
        <source>the Model cell is empty; the row was skipped</source>
        <translation>Model 单元格为空；已跳过该行</translation>
    </message>
    <message>
        <source>no family or size is known for model &apos;%1&apos; (give a model metadata table); its scale is left unknown</source>
        <translation>模型“%1”的模型系列和规模均未知（请提供模型元数据表）；其规模视为未知</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number; this score was skipped</source>
        <translation>“%1”不是有限数；已跳过此得分</translation>
    </message>
    <message>
        <source>no data rows: the file has a header only</source>
        <translation>没有数据行：文件只有表头</translation>
    </message>
</context>
<context>
    <name>YAxisChoice</name>
    <message>
        <source>Logit needs proportions between 0 and 1, and %1 is not one</source>
        <translation>Logit 需要 0 到 1 之间的比例，而 %1 不是</translation>
    </message>
    <message>
        <source>Normalised score needs the chance level, which is unknown for %1</source>
        <translation>归一化得分需要随机水平，而 %1 的随机水平未知</translation>
    </message>
    <message>
        <source>Normalised score needs a perfect score above chance, which is unknown for %1</source>
        <translation>归一化得分需要高于随机水平的满分，而 %1 的满分未知</translation>
    </message>
</context>
<context>
    <name>YAxisMode</name>
    <message>
        <source>Full range</source>
        <translation>完整范围</translation>
    </message>
    <message>
        <source>Fit to data</source>
        <translation>适配数据</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>Logit</source>
        <translation>Logit</translation>
    </message>
    <message>
        <source>Normalised score</source>
        <translation>归一化得分</translation>
    </message>
</context>
<context>
    <name>YScale</name>
    <message>
        <source>raw</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>normalised</source>
        <translation>归一化</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source> (AES encryption)</source>
        <translation>（AES 加密）</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>%1 bytes is too short for a zip archive (the end-of-central-directory record alone is 22)</source>
        <translation>%1 字节对 zip 压缩包来说太短（仅中央目录结束记录就有 22 字节）</translation>
    </message>
    <message>
        <source>cannot read the end of the file</source>
        <translation>无法读取文件末尾</translation>
    </message>
    <message>
        <source>no end-of-central-directory record: not a zip archive, or a truncated one</source>
        <translation>没有中央目录结束记录：不是 zip 压缩包，或压缩包被截断</translation>
    </message>
    <message>
        <source>a ZIP64 archive (over 65,535 entries or 4 GiB); ZIP64 is not supported: unzip it with a tool first</source>
        <translation>这是 ZIP64 压缩包（超过 65,535 个条目或 4 GiB）；不支持 ZIP64：请先用工具解压</translation>
    </message>
    <message>
        <source>a split (multi-volume) archive; not supported</source>
        <translation>这是分卷压缩包；不支持</translation>
    </message>
    <message>
        <source>the central directory (%1 bytes at offset %2) runs past the end record at %3: a truncated or corrupt archive</source>
        <translation>中央目录（偏移 %2 处的 %1 字节）越过了位于 %3 的结束记录：压缩包被截断或已损坏</translation>
    </message>
    <message>
        <source>cannot read the central directory</source>
        <translation>无法读取中央目录</translation>
    </message>
    <message>
        <source>the central directory declares %1 entries but record %2 is missing or damaged</source>
        <translation>中央目录声明有 %1 个条目，但第 %2 条记录缺失或已损坏</translation>
    </message>
    <message>
        <source>central directory record %1 runs past the directory&apos;s end</source>
        <translation>中央目录的第 %1 条记录越过了目录末尾</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; uses ZIP64 sizes (4 GiB or more); ZIP64 is not supported: unzip it with a tool first</source>
        <translation>条目“%1”使用 ZIP64 大小（4 GiB 或以上）；不支持 ZIP64：请先用工具解压</translation>
    </message>
    <message>
        <source>%1: entry &apos;%2&apos;: %3</source>
        <translation>%1：条目“%2”：%3</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>压缩包未打开</translation>
    </message>
    <message>
        <source>encrypted; not supported</source>
        <translation>已加密；不支持</translation>
    </message>
    <message>
        <source>compression method %1%2 is not supported (only stored and deflate)</source>
        <translation>不支持压缩方法 %1%2（只支持存储和 deflate）</translation>
    </message>
    <message>
        <source>%1 bytes uncompressed, more than the %2-byte limit</source>
        <translation>解压后 %1 字节，超过 %2 字节的上限</translation>
    </message>
    <message>
        <source>stored (not compressed) but its sizes differ: %1 compressed, %2 uncompressed</source>
        <translation>以存储方式保存（未压缩），但大小不一致：压缩后 %1，解压后 %2</translation>
    </message>
    <message>
        <source>declares %1 bytes uncompressed from %2 compressed, more than deflate can produce: a corrupt or hostile archive</source>
        <translation>声明由 %2 字节压缩数据解压出 %1 字节，超过 deflate 所能产生的量：压缩包已损坏或为恶意构造</translation>
    </message>
    <message>
        <source>no local file header at offset %1: a truncated or corrupt archive</source>
        <translation>偏移 %1 处没有本地文件头：压缩包被截断或已损坏</translation>
    </message>
    <message>
        <source>its %1 compressed bytes at offset %2 run past the start of the central directory (%3): a truncated archive or a lying size</source>
        <translation>其位于偏移 %2 的 %1 个压缩字节越过了中央目录的起点（%3）：压缩包被截断或声明的大小不实</translation>
    </message>
    <message>
        <source>cannot read its compressed data</source>
        <translation>无法读取其压缩数据</translation>
    </message>
    <message>
        <source>cannot start zlib</source>
        <translation>无法启动 zlib</translation>
    </message>
    <message>
        <source>inflates to more than the %1 bytes the archive declares: a lying size</source>
        <translation>解压后超过压缩包声明的 %1 字节：声明的大小不实</translation>
    </message>
    <message>
        <source>corrupt deflate data (%1)</source>
        <translation>deflate 数据已损坏（%1）</translation>
    </message>
    <message>
        <source>out of memory while inflating</source>
        <translation>解压时内存不足</translation>
    </message>
    <message>
        <source>the compressed data ends early (after %1 of %2 bytes): a truncated archive</source>
        <translation>压缩数据提前结束（%2 字节中只有 %1 字节）：压缩包被截断</translation>
    </message>
    <message>
        <source>inflates to %1 bytes, but the archive declares %2: a lying size</source>
        <translation>解压得到 %1 字节，但压缩包声明为 %2：声明的大小不实</translation>
    </message>
    <message>
        <source>CRC-32 mismatch (the archive says %1, the data gives %2): the data is corrupt</source>
        <translation>CRC-32 不匹配（压缩包记录为 %1，数据计算得 %2）：数据已损坏</translation>
    </message>
    <message>
        <source>not gzip data (it does not start with 1f 8b)</source>
        <translation>不是 gzip 数据（不以 1f 8b 开头）</translation>
    </message>
    <message>
        <source>inflates to more than the %1-byte limit</source>
        <translation>解压后超过 %1 字节的上限</translation>
    </message>
    <message>
        <source>%1 bytes of trailing data after the gzip stream</source>
        <translation>gzip 数据流之后有 %1 字节的多余数据</translation>
    </message>
    <message>
        <source>corrupt gzip data (%1)</source>
        <translation>gzip 数据已损坏（%1）</translation>
    </message>
    <message>
        <source>unsupported gzip data (zlib error %1)</source>
        <translation>不支持的 gzip 数据（zlib 错误 %1）</translation>
    </message>
    <message>
        <source>the gzip stream ends early (after %1 compressed bytes): a truncated file</source>
        <translation>gzip 数据流提前结束（读完 %1 个压缩字节后）：文件被截断</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
</context>
<context>
    <name>ee::ui::AnalysisPanel</name>
    <message>
        <source>Draw fitted curves on the chart</source>
        <translation>在图表上绘制拟合曲线</translation>
    </message>
    <message>
        <source>Draws each family&apos;s preferred fit (sigmoid or log-linear in log scale) as a dashed line (F)</source>
        <translation>以虚线绘制每个模型系列的首选拟合（对数刻度下的 sigmoid 或对数线性）（F）</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n curve(s)…</source>
        <translation>
            <numerusform>正在分析 %n 条曲线…</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No curve to analyse. Pick a task in the data browser.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有可分析的曲线。请在数据浏览器中选择一个任务。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 points on %2, y %3</source>
        <translation>%1 个点，横轴为%2，y 轴 %3</translation>
    </message>
    <message>
        <source>B (breakthroughness)</source>
        <translation>B（突破性）</translation>
    </message>
    <message>
        <source>Total change over the typical (median) step: large when most of the change happens in a few steps.</source>
        <translation>总变化量除以典型（中位数）步长：变化集中在少数几步时较大。</translation>
    </message>
    <message>
        <source>L (linearity)</source>
        <translation>L（线性度）</translation>
    </message>
    <message>
        <source>(definition unconfirmed)</source>
        <translation>（定义未确认）</translation>
    </message>
    <message>
        <source>Total change over the average step size: large when the curve climbs in steady, even steps.</source>
        <translation>总变化量除以平均步长：曲线以稳定、均匀的步长上升时较大。</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Change d = %1 against noise σ = %2 (%3); flat below %4σ. Emergent: sigmoid preferred, 10–90 % width ≤ %5 decade(s), fitted rise ≥ %6·d (Analysis → Flag thresholds…).</source>
        <translation>变化量 d = %1，噪声 σ = %2（%3）；低于 %4σ 为平坦。涌现：首选 sigmoid，10–90 % 宽度 ≤ %5 个数量级，拟合上升 ≥ %6·d（分析 → 标记阈值…）。</translation>
    </message>
    <message>
        <source>Preferred fit</source>
        <translation>首选拟合</translation>
    </message>
    <message>
        <source>Sigmoid midpoint</source>
        <translation>Sigmoid 中点</translation>
    </message>
    <message>
        <source>Scale where the fitted S-curve is half-way; 10–90 % rise over %1 decades of scale%2.</source>
        <translation>拟合的 S 形曲线达到一半处的规模；10–90 % 的上升跨越 %1 个数量级的规模%2。</translation>
    </message>
    <message>
        <source> (sharper than the data resolve)</source>
        <translation>（比数据能分辨的更陡）</translation>
    </message>
    <message>
        <source>Log-linear slope</source>
        <translation>对数线性斜率</translation>
    </message>
    <message>
        <source>Change of the metric per tenfold increase in scale.</source>
        <translation>规模每增大十倍，指标的变化量。</translation>
    </message>
    <message>
        <source>Fits: least squares in log10 scale; no bootstrap intervals here (use `emergence analyze`).</source>
        <translation>拟合：在 log10 刻度下做最小二乘；此处不给出自助法区间（请用 `emergence analyze`）。</translation>
    </message>
    <message>
        <source>sigmoid fit</source>
        <translation>sigmoid 拟合</translation>
    </message>
    <message>
        <source>log-linear fit</source>
        <translation>对数线性拟合</translation>
    </message>
</context>
<context>
    <name>ee::ui::ChartView</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>chance level %1 (%2)</source>
        <translation>随机水平 %1（%2）</translation>
    </message>
    <message>
        <source>chance level unknown</source>
        <translation>随机水平未知</translation>
    </message>
    <message>
        <source>± %1 (standard error)</source>
        <translation>± %1（标准误）</translation>
    </message>
    <message>
        <source>n = %1 examples</source>
        <translation>n = %1 个样本</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>ee::ui::DataBrowser</name>
    <message>
        <source>Search tasks, metrics, flags… (Ctrl+F)</source>
        <translation>搜索任务、指标、标记…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filters the tree as you type; matches any column</source>
        <translation>输入时即筛选树；匹配任意列</translation>
    </message>
</context>
<context>
    <name>ee::ui::DecompositionView</name>
    <message>
        <source>all parts needed  (Π s)</source>
        <translation>所有部分都需要  (Π s)</translation>
    </message>
    <message>
        <source>any part enough  (1 − Π(1 − s))</source>
        <translation>任一部分即可  (1 − Π(1 − s))</translation>
    </message>
    <message>
        <source>2 of n</source>
        <translation>n 中取 2</translation>
    </message>
    <message>
        <source>mean of normalised parts (BIG-bench)</source>
        <translation>归一化各部分的均值（BIG-bench）</translation>
    </message>
    <message>
        <source>A task with subtasks</source>
        <translation>有子任务的任务</translation>
    </message>
    <message>
        <source>How the subtasks combine into the whole, assuming independence</source>
        <translation>假设相互独立时，子任务如何组合成整体</translation>
    </message>
    <message>
        <source>Composite:</source>
        <translation>整体：</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>模型系列：</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>No task with two or more subtasks in the data.</source>
        <translation>数据中没有包含两个或更多子任务的任务。</translation>
    </message>
    <message>
        <source>%1 · %2: the %3 parts</source>
        <translation>%1 · %2：%3 个部分</translation>
    </message>
    <message>
        <source>predicted (%1)</source>
        <translation>预测（%1）</translation>
    </message>
    <message>
        <source>observed composite</source>
        <translation>观测到的整体</translation>
    </message>
    <message>
        <source>%1 · %2: the whole (parts in the heat map below)</source>
        <translation>%1 · %2：整体（各部分见下方热图）</translation>
    </message>
    <message>
        <source>%1 · %2: parts and whole</source>
        <translation>%1 · %2：部分与整体</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rule:&lt;/b&gt; %1&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;&lt;table width=100%&gt;</source>
        <translation>&lt;b&gt;规则：&lt;/b&gt;%1&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;&lt;table width=100%&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=left&gt;curve&lt;/th&gt;&lt;th align=right&gt;B&lt;/th&gt;&lt;th align=right&gt;L*&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=left&gt;曲线&lt;/th&gt;&lt;th align=right&gt;B&lt;/th&gt;&lt;th align=right&gt;L*&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;B: breakthroughness (sudden change → large). L*: linearity, definition unconfirmed. A product of smooth parts can look sudden: compare the parts&apos; B with the whole&apos;s.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;B：突破性（突变 → 大）。L*：线性度，定义未确认。平滑的各部分相乘也可能看起来是突变：请比较各部分与整体的 B。&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;RMS residual observed − predicted: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;观测值 − 预测值的均方根残差：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Left out (missing a part): %1</source>
        <translation>被略去（缺少某个部分）：%1</translation>
    </message>
    <message>
        <source>probability (0–1)</source>
        <translation>概率（0–1）</translation>
    </message>
    <message>
        <source>normalised score (0–100)</source>
        <translation>归一化分数（0–100）</translation>
    </message>
    <message>
        <source>predicted composite</source>
        <translation>预测的整体</translation>
    </message>
</context>
<context>
    <name>ee::ui::ExportDialog</name>
    <message>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Single column (3.25 in)</source>
        <translation>单栏（3.25 英寸）</translation>
    </message>
    <message>
        <source>Double column (6.75 in)</source>
        <translation>双栏（6.75 英寸）</translation>
    </message>
    <message>
        <source>Slide 16:9</source>
        <translation>幻灯片 16:9</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> dpi (PNG)</source>
        <translation> dpi（PNG）</translation>
    </message>
    <message>
        <source>Paper (white)</source>
        <translation>纸张（白色）</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>(no figure title)</source>
        <translation>（无图表标题）</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export all panels…</source>
        <translation>导出所有面板…</translation>
    </message>
    <message>
        <source>Save figure spec…</source>
        <translation>保存图表规格…</translation>
    </message>
    <message>
        <source>This view computes its curves; a figure spec can only name curves of the data (export the Scaling tab for one).</source>
        <translation>此视图的曲线是计算得出的；图表规格只能指定数据中的曲线（请导出“规模曲线”标签页）。</translation>
    </message>
    <message>
        <source>%1 × %2 mm; PNG %3 × %4 px</source>
        <translation>%1 × %2 mm；PNG %3 × %4 px</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export all panels to</source>
        <translation>将所有面板导出到</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Save figure spec</source>
        <translation>保存图表规格</translation>
    </message>
    <message>
        <source>Figure specs (*.json)</source>
        <translation>图表规格 (*.json)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>The language of the figure&apos;s axis titles, labels and notes (independent of the interface&apos;s)</source>
        <translation>图表中坐标轴标题、标签和注释的语言（与界面语言无关）</translation>
    </message>
    <message>
        <source>Figure language</source>
        <translation>图表语言</translation>
    </message>
</context>
<context>
    <name>ee::ui::FamilyPicker</name>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation>搜索模型系列</translation>
    </message>
    <message>
        <source>Only the families with most scores on this chart</source>
        <translation>仅显示此图上得分最多的模型系列</translation>
    </message>
    <message>
        <source>Every family of this chart</source>
        <translation>此图的所有模型系列</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
    <message>
        <source>(no family)</source>
        <translation>（无模型系列）</translation>
    </message>
    <message>
        <source>score</source>
        <translation>个得分</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>个得分</translation>
    </message>
    <message>
        <source>Top %1</source>
        <translation>前 %1 个</translation>
    </message>
</context>
<context>
    <name>ee::ui::FlagThresholdsDialog</name>
    <message>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <source> decade(s)</source>
        <translation> 个数量级</translation>
    </message>
    <message>
        <source>Flag thresholds</source>
        <translation>标记阈值</translation>
    </message>
    <message>
        <source>The browser flags each family&apos;s curve on a task&apos;s primary metric (the curve with the most model sizes; 3 sizes at least). d is the curve&apos;s change, max − min; σ is the typical standard error of its points (or, when unknown, the metric&apos;s range over √examples, or 1 % of its range).</source>
        <translation>浏览器对每个模型系列在任务主要指标上的曲线（模型规模最多的那条；至少 3 个规模）做标记。d 是曲线的变化量 max − min；σ 是其各点典型的标准误（未知时取指标范围除以 √样本数，或指标范围的 1 %）。</translation>
    </message>
    <message>
        <source>Flat when d is below this many σ</source>
        <translation>当 d 低于这么多个 σ 时为平坦</translation>
    </message>
    <message>
        <source>Emergent needs the fitted sigmoid&apos;s 10–90 % rise to take at most this many decades of scale</source>
        <translation>涌现要求拟合的 sigmoid 的 10–90 % 上升至多跨越这么多个数量级的规模</translation>
    </message>
    <message>
        <source>…and the fitted rise over the data to cover at least this share of d</source>
        <translation>……且在数据范围内拟合的上升至少覆盖 d 的这一比例</translation>
    </message>
    <message>
        <source>U-shaped when both ends lie above the interior minimum by more than this many σ</source>
        <translation>当两端都比内部最小值高出这么多个 σ 以上时为 U 形</translation>
    </message>
    <message>
        <source>Flat: change below</source>
        <translation>平坦：变化低于</translation>
    </message>
    <message>
        <source>Emergent: sigmoid preferred (AICc) and 10–90 % width at most</source>
        <translation>涌现：首选 sigmoid（AICc）且 10–90 % 宽度至多</translation>
    </message>
    <message>
        <source>Emergent: fitted rise at least this share of the change</source>
        <translation>涌现：拟合上升至少占变化的比例</translation>
    </message>
    <message>
        <source>U-shaped: both ends above the minimum by</source>
        <translation>U 形：两端高于最小值至少</translation>
    </message>
</context>
<context>
    <name>ee::ui::ForecastView</name>
    <message>
        <source>PCA without GSM8K</source>
        <translation>不含 GSM8K 的主成分分析</translation>
    </message>
    <message>
        <source>capability PC1</source>
        <translation>能力主成分 PC1</translation>
    </message>
    <message>
        <source>capability PC1–PC2</source>
        <translation>能力主成分 PC1–PC2</translation>
    </message>
    <message>
        <source>capability PC1–PC3</source>
        <translation>能力主成分 PC1–PC3</translation>
    </message>
    <message>
        <source>log10 training FLOPs</source>
        <translation>log10 训练 FLOPs</translation>
    </message>
    <message>
        <source>The task to forecast (models with known training FLOPs)</source>
        <translation>要预测的任务（仅含训练 FLOPs 已知的模型）</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Predictors</source>
        <translation>自变量</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>截止点</translation>
    </message>
    <message>
        <source>fit on models with ≤ %1 training FLOPs</source>
        <translation>在训练 FLOPs ≤ %1 的模型上拟合</translation>
    </message>
    <message>
        <source>no model with known training FLOPs</source>
        <translation>没有训练 FLOPs 已知的模型</translation>
    </message>
    <message>
        <source>Fitting…</source>
        <translation>正在拟合…</translation>
    </message>
    <message>
        <source>Fitted on the %1 models up to %2 FLOPs, the law forecasts %3 of the %4 larger models within 0.1 of their score (test MSE %5); %6 fall outside the 95 % band.</source>
        <translation>在不超过 %2 FLOPs 的 %1 个模型上拟合后，该规律对 %4 个更大模型中的 %3 个的预测与实际得分相差不到 0.1（测试 MSE %5）；%6 个落在 95 % 区间带之外。</translation>
    </message>
    <message>
        <source>No fit</source>
        <translation>无拟合</translation>
    </message>
    <message>
        <source>No fit: %1.</source>
        <translation>无拟合：%1。</translation>
    </message>
    <message>
        <source>training models</source>
        <translation>训练模型</translation>
    </message>
    <message>
        <source>held out, inside the band</source>
        <translation>留出模型，区间带内</translation>
    </message>
    <message>
        <source>held out, outside the band</source>
        <translation>留出模型，区间带外</translation>
    </message>
    <message>
        <source>fitted sigmoid</source>
        <translation>拟合的 sigmoid</translation>
    </message>
    <message>
        <source>capability index c + w·x (fitted)</source>
        <translation>能力指数 c + w·x（拟合）</translation>
    </message>
    <message>
        <source>Could we have seen it coming? %1</source>
        <translation>我们能提前预见吗？%1</translation>
    </message>
    <message>
        <source>Fitted on %1 models up to %2 training FLOPs, forecast for %3 larger ones (%4 left out: no FLOPs or a missing benchmark). Train MSE %5, test MSE %6; %7 of the %3 held-out models fall outside the 95 % forecast band.</source>
        <translation>在训练 FLOPs 不超过 %2 的 %1 个模型上拟合，预测 %3 个更大的模型（另有 %4 个未纳入：无 FLOPs 或缺少某项基准）。训练 MSE %5，测试 MSE %6；%3 个留出模型中有 %7 个落在 95 % 预测区间带之外。</translation>
    </message>
    <message>
        <source>Largest miss: %1, observed %2, forecast %3.</source>
        <translation>偏差最大：%1，实测 %2，预测 %3。</translation>
    </message>
    <message>
        <source>PC1 carries %1 % of the benchmark variance; its loadings: %2.</source>
        <translation>PC1 解释了基准方差的 %1 %；其载荷：%2。</translation>
    </message>
    <message>
        <source>Notes: %1.</source>
        <translation>说明：%1。</translation>
    </message>
    <message>
        <source>Fit on the models up to this training compute; forecast the rest. A cutoff by release date is not offered: the data carry no release dates.</source>
        <translation>在训练算力不超过此值的模型上拟合；预测其余模型。不提供按发布日期的截止点：数据中没有发布日期。</translation>
    </message>
</context>
<context>
    <name>ee::ui::InstanceTableModel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（无答案）</translation>
    </message>
    <message>
        <source>Subtask</source>
        <translation>子任务</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>First solved by</source>
        <translation>最先解出的模型</translation>
    </message>
</context>
<context>
    <name>ee::ui::InstanceView</name>
    <message>
        <source>cannot read the model metadata table: %1</source>
        <translation>无法读取模型元数据表：%1</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>No per-example records could be read (see the issues panel).</source>
        <translation>无法读取任何逐样本记录（见问题面板）。</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer regex: %1</source>
        <translation>答案正则表达式：%1</translation>
    </message>
    <message>
        <source>Scoring %1 under %2…</source>
        <translation>正在用 %2 为 %1 评分…</translation>
    </message>
    <message>
        <source>Cancelled; showing the previous result.</source>
        <translation>已取消；显示之前的结果。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n instance(s) × %2 model(s); solved means %3.</source>
        <translation>
            <numerusform>%1：%n 个实例 × %2 个模型；“解出”指 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n 个问题：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed: %1 of %2.</source>
        <translation>列出：%2 个中的 %1 个。</translation>
    </message>
    <message>
        <source>&lt;p&gt;No instance matches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有匹配的实例。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 and %2 share no instance.</source>
        <translation>%1 与 %2 没有共同的实例。</translation>
    </message>
    <message>
        <source>%1 vs %2 on %3 shared instance(s):</source>
        <translation>%1 对比 %2，共同实例 %3 个：</translation>
    </message>
    <message>
        <source>only %1 solves %2, only %3 solves %4; exact McNemar p = %5;</source>
        <translation>仅 %1 解出 %2 个，仅 %3 解出 %4 个；精确 McNemar p = %5；</translation>
    </message>
    <message>
        <source>mean difference %1</source>
        <translation>平均差 %1</translation>
    </message>
    <message>
        <source>[%1, %2] (95 %, paired bootstrap, 1,000 resamples)</source>
        <translation>[%1, %2]（95 %，配对自助法，1,000 次重抽样）</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>No output here can be scored by %1 (it needs data these files do not have, e.g. option log-probabilities or a reference text), so no instance is solved or unsolved under it.</source>
        <translation>这里没有任何输出能用 %1 评分（它需要这些文件中没有的数据，例如选项对数概率或参考文本），因此在该指标下没有实例算作解出或未解出。</translation>
    </message>
    <message>
        <source>%1 of %2 instances are first solved by %3; %4 by no model.</source>
        <translation>%2 个实例中有 %1 个最先由 %3 解出；%4 个没有任何模型解出。</translation>
    </message>
    <message>
        <source>No instance solved by a smaller model is failed by a larger one, so each model&apos;s accuracy is the running total of these bars.</source>
        <translation>没有哪个被较小模型解出的实例又被较大模型做错，因此每个模型的准确率就是这些柱子的累计和。</translation>
    </message>
    <message>
        <source>%1 instances solved by a smaller model are failed again by a larger one, so a model&apos;s accuracy is less than the running total of these bars.</source>
        <translation>有 %1 个被较小模型解出的实例又被较大模型做错，因此模型的准确率小于这些柱子的累计和。</translation>
    </message>
    <message>
        <source>Nothing is scored yet.</source>
        <translation>尚未评分。</translation>
    </message>
    <message>
        <source>Open outputs…</source>
        <translation>打开输出…</translation>
    </message>
    <message>
        <source>Open per-example model outputs (File → Open model outputs…)</source>
        <translation>打开逐样本的模型输出（文件 → 打开模型输出…）</translation>
    </message>
    <message>
        <source>Model sizes…</source>
        <translation>模型规模…</translation>
    </message>
    <message>
        <source>A model metadata table (CSV: Model, Model Family, Model Size (B), …) for outputs that name a model but not its size (File → Load model metadata…); without one the bundled datasets&apos; models are used</source>
        <translation>模型元数据表（CSV：Model、Model Family、Model Size (B)、…），用于注明了模型但未注明其规模的输出（文件 → 加载模型元数据…）；没有时使用内置数据集中的模型</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>The metric that decides right or wrong, scored per example</source>
        <translation>判定对错的指标，逐样本评分</translation>
    </message>
    <message>
        <source>Which answer a model chose, for files that extract it from generated text (MMLU-Pro): the file&apos;s own, or re-extracted strictly (&quot;answer is (X)&quot;) or leniently (also &quot;Answer: X&quot; and a last &quot;(X)&quot;)</source>
        <translation>模型选了哪个答案，适用于从生成文本中抽取答案的文件（MMLU-Pro）：文件自带的，或严格重新抽取（&quot;answer is (X)&quot;），或宽松重新抽取（还包括 &quot;Answer: X&quot; 和最后一个 &quot;(X)&quot;）</translation>
    </message>
    <message>
        <source>answers as in the file</source>
        <translation>文件中的答案</translation>
    </message>
    <message>
        <source>strict extraction</source>
        <translation>严格抽取</translation>
    </message>
    <message>
        <source>lenient extraction</source>
        <translation>宽松抽取</translation>
    </message>
    <message>
        <source>What the string metrics compare: each model&apos;s final answer with the target, or its whole worked solution with the reference solution (GSM8K; other files have no reference solution, so their examples are left out)</source>
        <translation>字符串指标比较什么：每个模型的最终答案与目标答案，或其完整解题过程与参考解答（GSM8K；其他文件没有参考解答，因此其样本被略去）</translation>
    </message>
    <message>
        <source>final answers</source>
        <translation>最终答案</translation>
    </message>
    <message>
        <source>whole solutions</source>
        <translation>完整解答</translation>
    </message>
    <message>
        <source>answer regex (optional)</source>
        <translation>答案正则表达式（可选）</translation>
    </message>
    <message>
        <source>A regular expression applied to every output before string matching: the first match (or its one group) is the answer</source>
        <translation>在字符串匹配前作用于每个输出的正则表达式：第一个匹配（或其唯一的分组）即为答案</translation>
    </message>
    <message>
        <source>Which instances to list</source>
        <translation>列出哪些实例</translation>
    </message>
    <message>
        <source>all instances</source>
        <translation>所有实例</translation>
    </message>
    <message>
        <source>solved by every model</source>
        <translation>每个模型都解出</translation>
    </message>
    <message>
        <source>solved by none</source>
        <translation>没有模型解出</translation>
    </message>
    <message>
        <source>solved by the larger, not the smaller</source>
        <translation>较大模型解出、较小模型未解出</translation>
    </message>
    <message>
        <source>solved by the smaller, not the larger</source>
        <translation>较小模型解出、较大模型未解出</translation>
    </message>
    <message>
        <source>metrics disagree</source>
        <translation>指标不一致</translation>
    </message>
    <message>
        <source>The smaller model of the pair the filters compare</source>
        <translation>筛选条件比较的两个模型中较小的一个</translation>
    </message>
    <message>
        <source>The larger model of the pair the filters compare</source>
        <translation>筛选条件比较的两个模型中较大的一个</translation>
    </message>
    <message>
        <source>A second metric: its value is shown beside the first, and &quot;metrics disagree&quot; lists instances wrong under the first but near-perfect under this one</source>
        <translation>第二个指标：其值显示在第一个旁边，“指标不一致”列出在第一个指标下错误、但在此指标下接近满分的实例</translation>
    </message>
    <message>
        <source>no second metric</source>
        <translation>无第二指标</translation>
    </message>
    <message>
        <source>Row order</source>
        <translation>行顺序</translation>
    </message>
    <message>
        <source>file order</source>
        <translation>文件顺序</translation>
    </message>
    <message>
        <source>by first solving model</source>
        <translation>按最先解出的模型</translation>
    </message>
    <message>
        <source>search ids, targets, outputs</source>
        <translation>搜索编号、目标、输出</translation>
    </message>
    <message>
        <source>Save scores…</source>
        <translation>保存得分…</translation>
    </message>
    <message>
        <source>Save the scores computed here (per model and subtask) as long CSV, to open beside other results or plot in figures</source>
        <translation>把此处计算的得分（按模型和子任务）保存为长格式 CSV，以便与其他结果一起打开或在图表中绘制</translation>
    </message>
    <message>
        <source>Save scores</source>
        <translation>保存得分</translation>
    </message>
    <message>
        <source>Long CSV (*.csv)</source>
        <translation>长格式 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Plot scores</source>
        <translation>绘制得分</translation>
    </message>
    <message>
        <source>Add the scores computed here (per model and subtask, the scorer&apos;s definition as their source) to the data, and show their scaling curve in the Scaling tab, ready for export</source>
        <translation>把此处计算的得分（按模型和子任务，以评分器的定义为来源）加入数据，并在“规模曲线”标签页中显示其规模曲线，可直接导出</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Copy the selected rows (when two or more are selected) or every listed row, as tab-separated text</source>
        <translation>复制所选行（选中两行或更多时）或所有列出的行，为制表符分隔的文本</translation>
    </message>
    <message>
        <source>compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open per-example model outputs to see every instance across models ordered by scale: File → Open model outputs…, or the button above. Readable: our JSONL, lm-evaluation-harness samples and write-out files, BIG-bench logs, BIG-Bench Hard and GSM8K outputs, MMLU-Pro outputs (also zipped).</source>
        <translation>打开逐样本的模型输出，即可按规模顺序查看各模型的每个实例：文件 → 打开模型输出…，或上方的按钮。可读取：本应用的 JSONL、lm-evaluation-harness 的样本和输出文件、BIG-bench 日志、BIG-Bench Hard 和 GSM8K 输出、MMLU-Pro 输出（也可为 zip 压缩）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where each instance is first solved&lt;/b&gt;</source>
        <translation>&lt;b&gt;每个实例最先在哪里被解出&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ee::ui::IssuesPanel</name>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems found in the data; the rest of the data still loaded</source>
        <translation>在数据中发现的问题；其余数据仍已加载</translation>
    </message>
    <message>
        <source>(app)</source>
        <translation>（应用）</translation>
    </message>
    <message>
        <source>No problems found in the data.</source>
        <translation>数据中未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); everything else loaded. Hover for details.</source>
        <translation>
            <numerusform>%n 个问题；其余都已加载。悬停查看详情。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ee::ui::LegendStrip</name>
    <message>
        <source>+%1 more…</source>
        <translation>另有 %1 个…</translation>
    </message>
</context>
<context>
    <name>ee::ui::LogProbView</name>
    <message>
        <source>Show training checkpoints</source>
        <translation>显示训练检查点</translation>
    </message>
    <message>
        <source>Also draw the families of training checkpoints (named “… (training)”: one model at several training steps)</source>
        <translation>同时绘制训练检查点的模型系列（名为“…（training）”：同一模型的多个训练步）</translation>
    </message>
    <message>
        <source>mean log-prob of the option (nats)</source>
        <translation>选项的平均对数概率（nats）</translation>
    </message>
    <message>
        <source>mean gap, correct − best incorrect (nats)</source>
        <translation>平均差距，正确 − 最佳错误（nats）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Multiple choice, option by option&lt;/b&gt; (log-probabilities in nats, as the model gives them, not renormalised over the options). %1&lt;b&gt;Middle&lt;/b&gt;: the mean log-probability of the correct option and of the most likely wrong option. &lt;b&gt;Right&lt;/b&gt;: &lt;b&gt;log_prob_margin&lt;/b&gt;, the mean per-example gap between them. An example counts as right when its gap is above zero, so accuracy moves in steps while the log-probabilities and the gap move gradually.</source>
        <translation>&lt;b&gt;多项选择，逐个选项&lt;/b&gt;（对数概率单位为 nats，按模型给出的原值，未在选项间重新归一化）。%1&lt;b&gt;中&lt;/b&gt;：正确选项与最可能的错误选项的平均对数概率。&lt;b&gt;右&lt;/b&gt;：&lt;b&gt;log_prob_margin&lt;/b&gt;，两者之间逐样本差距的平均值。差距大于零的样本算作正确，因此准确率呈阶梯式变化，而对数概率和差距是逐渐变化的。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left&lt;/b&gt;: %1, the accuracy (the option with the highest log-prob is right). </source>
        <translation>&lt;b&gt;左&lt;/b&gt;：%1，准确率（对数概率最高的选项为正确）。</translation>
    </message>
    <message>
        <source>%1 has no log-probability metric; showing %2 instead.</source>
        <translation>%1 没有对数概率指标；改为显示 %2。</translation>
    </message>
    <message>
        <source>No task in the data has multiple-choice option scores; the correct vs best incorrect option view needs per-example data scored with &lt;tt&gt;emergence score --metric multiple_choice_grade,log_prob_correct_option,log_prob_best_incorrect_option,log_prob_margin&lt;/tt&gt;.</source>
        <translation>数据中没有任务具有多项选择的选项得分；“正确 vs 最佳错误选项”视图需要用 &lt;tt&gt;emergence score --metric multiple_choice_grade,log_prob_correct_option,log_prob_best_incorrect_option,log_prob_margin&lt;/tt&gt; 评分的逐样本数据。</translation>
    </message>
    <message>
        <source>%1 has no multiple-choice option scores; tasks that have them: %2.</source>
        <translation>%1 没有多项选择的选项得分；有选项得分的任务：%2。</translation>
    </message>
    <message>
        <source>No task in the data has a log-probability metric (perplexity, NLL, log-likelihood). Open per-example data with target log-probs.</source>
        <translation>数据中没有任务具有对数概率指标（困惑度、NLL、对数似然）。请打开带有目标对数概率的逐样本数据。</translation>
    </message>
    <message>
        <source>Left: %1 (all-or-nothing). Right: %2, the model&apos;s log-probability of the right answer (for perplexity, lower is better). Compare the shapes: does the right-hand curve change more gradually than the left-hand one on these data?</source>
        <translation>左：%1（全对或全错）。右：%2，模型对正确答案的对数概率（困惑度越低越好）。比较两者的形状：在这些数据上，右侧曲线的变化是否比左侧更平缓？</translation>
    </message>
    <message>
        <source>(no accuracy metric)</source>
        <translation>（无准确率指标）</translation>
    </message>
    <message>
        <source>1 training-checkpoint family hidden.</source>
        <translation>已隐藏 1 个训练检查点模型系列。</translation>
    </message>
    <message>
        <source>%1 training-checkpoint families hidden.</source>
        <translation>已隐藏 %1 个训练检查点模型系列。</translation>
    </message>
</context>
<context>
    <name>ee::ui::MainWindow</name>
    <message>
        <source>&amp;Scaling</source>
        <translation>规模曲线(&amp;S)</translation>
    </message>
    <message>
        <source>Tasks in (L, &amp;B)</source>
        <translation>任务分布 (L, B)(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Log-prob</source>
        <translation>对数概率(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Decomposition</source>
        <translation>分解(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;oy model (simulated)</source>
        <translation>玩具模型（模拟）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>实例(&amp;I)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading (Esc); the data shown before stay</source>
        <translation>停止加载（Esc）；之前显示的数据保持不变</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Loading cancelled; the data shown before are still here.</source>
        <translation>已取消加载；之前显示的数据仍在。</translation>
    </message>
    <message>
        <source>Open a folder of results</source>
        <translation>打开结果文件夹</translation>
    </message>
    <message>
        <source>Open result files</source>
        <translation>打开结果文件</translation>
    </message>
    <message>
        <source>Results (*.csv *.json *.jsonl *.tsv);;All files (*)</source>
        <translation>结果 (*.csv *.json *.jsonl *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 scores · %2 tasks · %3 models from %4</source>
        <translation>%1 个得分 · %2 个任务 · %3 个模型，来自 %4</translation>
    </message>
    <message>
        <source>The saved view&apos;s task %1 is not in the data any more.</source>
        <translation>已保存视图中的任务 %1 已不在数据中。</translation>
    </message>
    <message>
        <source>&lt;i&gt;These numbers describe the Scaling tab&apos;s chart, not this tab.&lt;/i&gt;</source>
        <translation>&lt;i&gt;这些数字描述的是“规模曲线”标签页的图表，而不是此标签页。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;These numbers describe the Scaling tab&apos;s chart (%1 · %2), not this tab.&lt;/i&gt;</source>
        <translation>&lt;i&gt;这些数字描述的是“规模曲线”标签页的图表（%1 · %2），而不是此标签页。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Chart copied as PNG and SVG.</source>
        <translation>图表已复制为 PNG 和 SVG。</translation>
    </message>
    <message>
        <source>Curve data copied as CSV.</source>
        <translation>曲线数据已复制为 CSV。</translation>
    </message>
    <message>
        <source>The %1 tab has no chart to export.</source>
        <translation>“%1”标签页没有可导出的图表。</translation>
    </message>
    <message>
        <source>The saved view&apos;s metric %1 is not in the data any more; showing %2.</source>
        <translation>已保存视图中的指标 %1 已不在数据中；改为显示 %2。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open files…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Add result files of any supported format to the data</source>
        <translation>把任意受支持格式的结果文件加入数据</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;model outputs…</source>
        <translation>打开模型输出(&amp;M)…</translation>
    </message>
    <message>
        <source>Per-example outputs to score and inspect instance by instance</source>
        <translation>逐样本输出，可逐个实例评分和查看</translation>
    </message>
    <message>
        <source>Load model me&amp;tadata…</source>
        <translation>加载模型元数据(&amp;T)…</translation>
    </message>
    <message>
        <source>A table of model sizes (and tokens, FLOPs) for results that do not state them; the command line&apos;s --models</source>
        <translation>模型规模表（以及 token 数、FLOPs），用于未注明这些信息的结果；即命令行的 --models</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load data</source>
        <translation>重新加载数据(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;session…</source>
        <translation>打开会话(&amp;S)…</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Sessions (*.eesession.json *.json)</source>
        <translation>会话 (*.eesession.json *.json)</translation>
    </message>
    <message>
        <source>Restore a saved view: data, task, metric, zoom, layout</source>
        <translation>恢复保存的视图：数据、任务、指标、缩放、布局</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>&amp;Export figure…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the charts of the tab on screen as SVG, PDF or PNG at an exact size</source>
        <translation>把当前标签页的图表按精确尺寸导出为 SVG、PDF 或 PNG</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search tasks</source>
        <translation>搜索任务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next metric</source>
        <translation>下一个指标(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous metric</source>
        <translation>上一个指标(&amp;P)</translation>
    </message>
    <message>
        <source>Metrics side &amp;by side</source>
        <translation>指标并排(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>复原缩放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tasks in (L, B)</source>
        <translation>任务分布 (L, B)(&amp;T)</translation>
    </message>
    <message>
        <source>Every task curve as a point in linearity L and breakthroughness B</source>
        <translation>把每条任务曲线显示为线性度 L 与突破性 B 坐标中的一个点</translation>
    </message>
    <message>
        <source>&amp;X axis</source>
        <translation>X 轴(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>参数量(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Non-embedding parameters</source>
        <translation>非嵌入参数量(&amp;N)</translation>
    </message>
    <message>
        <source>Training &amp;FLOPs</source>
        <translation>训练 FLOPs(&amp;F)</translation>
    </message>
    <message>
        <source>Training &amp;tokens</source>
        <translation>训练 token 数(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>取消加载(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Copy chart as &amp;image (PNG + SVG)</source>
        <translation>复制图表为图像（PNG + SVG）(&amp;I)</translation>
    </message>
    <message>
        <source>Copy chart &amp;data as CSV</source>
        <translation>复制图表数据为 CSV(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Draw &amp;fitted curves</source>
        <translation>绘制拟合曲线(&amp;F)</translation>
    </message>
    <message>
        <source>Sort browser by &amp;breakthroughness</source>
        <translation>浏览器按突破性排序(&amp;B)</translation>
    </message>
    <message>
        <source>Sort browser by &amp;linearity (unconfirmed)</source>
        <translation>浏览器按线性度排序（未确认）(&amp;L)</translation>
    </message>
    <message>
        <source>Flag &amp;thresholds…</source>
        <translation>标记阈值(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>导览(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start the tour</source>
        <translation>开始导览(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode (full screen)</source>
        <translation>演示模式（全屏）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open a tour file…</source>
        <translation>打开导览文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open tour</source>
        <translation>打开导览</translation>
    </message>
    <message>
        <source>Tours (*.json)</source>
        <translation>导览 (*.json)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>What do &amp;B and L mean?</source>
        <translation>B 和 L 是什么意思(&amp;B)？</translation>
    </message>
    <message>
        <source>What do B and L mean?</source>
        <translation>B 和 L 是什么意思？</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About Emergence Explorer</source>
        <translation>关于 Emergence Explorer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Emergence Explorer&lt;/b&gt; %1: how language-model abilities change with scale, and how much of that depends on the metric.&lt;/p&gt;&lt;p&gt;Built from git revision %2 with Qt %3; running on Qt %4.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Emergence Explorer&lt;/b&gt; %1：语言模型的能力如何随规模变化，其中又有多少取决于指标。&lt;/p&gt;&lt;p&gt;构建自 git 版本 %2，使用 Qt %3；运行于 Qt %4。&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Open model outputs</source>
        <translation>打开模型输出</translation>
    </message>
    <message>
        <source>Per-example outputs (*.jsonl *.json *.zip *.gz *.csv);;All files (*)</source>
        <translation>逐样本输出 (*.jsonl *.json *.zip *.gz *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Load model metadata</source>
        <translation>加载模型元数据</translation>
    </message>
    <message>
        <source>Model tables (*.csv *.tsv);;All files (*)</source>
        <translation>模型表 (*.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not plot the scores: %1</source>
        <translation>无法绘制得分：%1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Fo&amp;recast</source>
        <translation>预测(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;ool sources</source>
        <translation>合并来源(&amp;O)</translation>
    </message>
    <message>
        <source>Draw the curves of different sources (opened files or folders) that share task, metric and family as one curve</source>
        <translation>把任务、指标和模型系列相同的不同来源（打开的文件或文件夹）的曲线画成一条曲线</translation>
    </message>
</context>
<context>
    <name>ee::ui::ScalingPanel</name>
    <message>
        <source>Overlay prompting styles</source>
        <translation>叠加提示方式</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Show 2–4 metrics of this task as small multiples with one x range (Ctrl+B); the arrow picks the metrics</source>
        <translation>以共用 x 范围的小多图显示此任务的 2–4 个指标（Ctrl+B）；箭头用于选择指标</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Non-embedding parameters</source>
        <translation>非嵌入参数量</translation>
    </message>
    <message>
        <source>Training FLOPs</source>
        <translation>训练 FLOPs</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>训练 token 数</translation>
    </message>
    <message>
        <source>What the x axis measures (log scale)</source>
        <translation>x 轴度量的是什么（对数刻度）</translation>
    </message>
    <message>
        <source>Number of in-context examples (shots)</source>
        <translation>上下文示例数（shots）</translation>
    </message>
    <message>
        <source>Prompting style</source>
        <translation>提示方式</translation>
    </message>
    <message>
        <source>Draw every prompting style of each family on one chart (e.g. standard vs chain-of-thought)</source>
        <translation>把每个模型系列的所有提示方式画在同一张图上（例如标准提示对比思维链）</translation>
    </message>
    <message>
        <source>x:</source>
        <translation>x：</translation>
    </message>
    <message>
        <source>y:</source>
        <translation>y：</translation>
    </message>
    <message>
        <source>Show %1 (M / Shift+M cycle metrics)</source>
        <translation>显示 %1（M / Shift+M 切换指标）</translation>
    </message>
    <message>
        <source>any shots</source>
        <translation>任意样本数</translation>
    </message>
    <message>
        <source>all prompting styles</source>
        <translation>所有提示方式</translation>
    </message>
    <message>
        <source>Pick a task in the data browser</source>
        <translation>请在数据浏览器中选择一个任务</translation>
    </message>
    <message>
        <source>No curves for %1 with these settings.</source>
        <translation>在这些设置下 %1 没有曲线。</translation>
    </message>
    <message>
        <source>Pick the families to draw: the ones with most scores on this chart by default, every family one click away</source>
        <translation>选择要绘制的模型系列：默认为此图上得分最多的那些，点一下即可显示全部</translation>
    </message>
    <message>
        <source>Capability PC%1</source>
        <translation>能力主成分 PC%1</translation>
    </message>
    <message>
        <source>What the x axis measures: model size on a log scale, or a capability PC of the standard benchmarks on a linear scale</source>
        <translation>x 轴度量的是什么：对数刻度上的模型规模，或线性刻度上标准基准的能力主成分</translation>
    </message>
    <message>
        <source>What the x axis measures (log scale). No capability PCs: %1</source>
        <translation>x 轴度量的是什么（对数刻度）。没有能力主成分：%1</translation>
    </message>
    <message>
        <source>The analysis panel&apos;s fits are against %1; they are not drawn on a capability axis.</source>
        <translation>分析面板的拟合以%1为横轴；它们不会画在能力轴上。</translation>
    </message>
    <message>
        <source>capability PC%1</source>
        <translation>能力主成分 PC%1</translation>
    </message>
</context>
<context>
    <name>ee::ui::SubtaskHeatMap</name>
    <message>
        <source>%1 by subtask: %2 subtasks × %3 sizes; rows: easiest (highest mean) first</source>
        <translation>%1 按子任务：%2 个子任务 × %3 个规模；行：最容易（均值最高）的在前</translation>
    </message>
    <message numerus="yes">
        <source>; %n cell(s) without a score (grey)</source>
        <translation>
            <numerusform>；%n 个单元格没有得分（灰色）</numerusform>
        </translation>
    </message>
    <message>
        <source>No subtask has a score at a known size.</source>
        <translation>没有子任务在已知规模上有得分。</translation>
    </message>
    <message>
        <source>%1 · %2 (%3): %4 %5</source>
        <translation>%1 · %2（%3）：%4 %5</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>无得分</translation>
    </message>
</context>
<context>
    <name>ee::ui::TaskBrowserModel</name>
    <message>
        <source>%1 (%2 tasks)</source>
        <translation>%1（%2 个任务）</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;metrics: %2&lt;br&gt;families: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;指标：%2&lt;br&gt;模型系列：%3</translation>
    </message>
    <message>
        <source>B, L and trend: %1 on %2, %3 points</source>
        <translation>B、L 和趋势：%1 在 %2 上，%3 个点</translation>
    </message>
    <message>
        <source>Linearity: definition unconfirmed (BIG-bench Appendix B could not be read)</source>
        <translation>线性度：定义未确认（无法读取 BIG-bench 附录 B）</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Fam.</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>L*</source>
        <translation>L*</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Number of model families with scores</source>
        <translation>有得分的模型系列数</translation>
    </message>
    <message>
        <source>Breakthroughness (BIG-bench): how sudden the change is; large = a jump</source>
        <translation>突破性（BIG-bench）：变化有多突然；大 = 跃升</translation>
    </message>
    <message>
        <source>Linearity (BIG-bench), definition unconfirmed: large = steady, even steps</source>
        <translation>线性度（BIG-bench），定义未确认：大 = 稳定、均匀的步长</translation>
    </message>
    <message>
        <source>How many of the task&apos;s families are emergent (if any is) or else carry the most common flag: &quot;emergent 2/14&quot; is 2 of the 14 families with 3 or more sizes. Hover a row for every family; Analysis → Flag thresholds… sets the criteria.</source>
        <translation>该任务的模型系列中有多少是涌现的（若有），否则为最常见的标记：“涌现 2/14”表示 14 个具有 3 个或更多规模的模型系列中有 2 个。悬停某行可查看每个模型系列；“分析 → 标记阈值…”设置判定标准。</translation>
    </message>
    <message>
        <source>The representative curve against scale (log axis)</source>
        <translation>代表性曲线随规模的变化（对数轴）</translation>
    </message>
</context>
<context>
    <name>ee::ui::TaskMapView</name>
    <message>
        <source>Tasks in (L, B): one point per task curve</source>
        <translation>任务分布 (L, B)：每条任务曲线一个点</translation>
    </message>
    <message>
        <source>L: linearity (definition unconfirmed)</source>
        <translation>L：线性度（定义未确认）</translation>
    </message>
    <message>
        <source>B: breakthroughness</source>
        <translation>B：突破性</translation>
    </message>
    <message>
        <source>no flag</source>
        <translation>无标记</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;B = %3, L = %4&lt;br&gt;%5 · %6, %7 points&lt;br&gt;&lt;small&gt;click to show it&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;B = %3，L = %4&lt;br&gt;%5 · %6，%7 个点&lt;br&gt;&lt;small&gt;点击以显示&lt;/small&gt;</translation>
    </message>
    <message>
        <source>selected: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <source>Each point is one task (or subtask) curve from the data browser: its representative family on its primary metric. Up = more of the change happens in a few steps (emergent-looking); right = a steadier climb.</source>
        <translation>每个点是数据浏览器中的一条任务（或子任务）曲线：其代表性模型系列在主要指标上的曲线。越靠上 = 变化越集中在少数几步（看似涌现）；越靠右 = 上升越稳定。</translation>
    </message>
    <message>
        <source>%1 task curves without two finite numbers (too few points, or B = ∞) are not drawn.</source>
        <translation>%1 条任务曲线没有两个有限的数值（点太少，或 B = ∞），未绘制。</translation>
    </message>
    <message>
        <source>The selected task %1 has no point.</source>
        <translation>所选任务 %1 没有对应的点。</translation>
    </message>
</context>
<context>
    <name>ee::ui::TourBar</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Exit tour (Esc)</source>
        <translation>退出导览（Esc）</translation>
    </message>
    <message>
        <source>Previous step (← or Page Up)</source>
        <translation>上一步（← 或 Page Up）</translation>
    </message>
    <message>
        <source>Next step (→, Space or Page Down)</source>
        <translation>下一步（→、空格或 Page Down）</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>第 %1 步，共 %2 步 · %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notice:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;请注意：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;On screen:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;屏幕上：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>ee::ui::ToyModelView</name>
    <message>
        <source>c: the scale at which the per-token loss is 1 nat</source>
        <translation>c：每 token 损失为 1 nat 时的规模</translation>
    </message>
    <message>
        <source>α: how fast the per-token loss falls with scale (more negative = faster)</source>
        <translation>α：每 token 损失随规模下降的速度（越负 = 越快）</translation>
    </message>
    <message>
        <source>L: answer length in tokens; exact match needs all L right</source>
        <translation>L：答案长度（token 数）；精确匹配要求 L 个全部正确</translation>
    </message>
    <message>
        <source>Test-set size n: accuracy can only be a multiple of 1/n</source>
        <translation>测试集大小 n：准确率只能是 1/n 的整数倍</translation>
    </message>
    <message>
        <source>SIMULATED: the toy model of Schaeffer et al. 2023, not measured data. Per-token success rises smoothly; the jump in exact match comes from requiring all L tokens.</source>
        <translation>模拟数据：Schaeffer 等 2023 的玩具模型，并非测量数据。每 token 成功率平滑上升；精确匹配的跃升源于要求 L 个 token 全部正确。</translation>
    </message>
    <message>
        <source>c (scale constant)</source>
        <translation>c（规模常数）</translation>
    </message>
    <message>
        <source>α (exponent)</source>
        <translation>α（指数）</translation>
    </message>
    <message>
        <source>L (answer tokens)</source>
        <translation>L（答案 token 数）</translation>
    </message>
    <message>
        <source>n (test-set size)</source>
        <translation>n（测试集大小）</translation>
    </message>
    <message>
        <source>c = %1
α = %2
L = %3 tokens
n = %4 examples
seed %5 (sampled)</source>
        <translation>c = %1
α = %2
L = %3 个 token
n = %4 个样本
种子 %5（抽样）</translation>
    </message>
    <message>
        <source>per-token p</source>
        <translation>每 token p</translation>
    </message>
    <message>
        <source>exact match p^L</source>
        <translation>精确匹配 p^L</translation>
    </message>
    <message>
        <source>exact match, n examples</source>
        <translation>精确匹配，n 个样本</translation>
    </message>
    <message>
        <source>sampled exact match</source>
        <translation>抽样的精确匹配</translation>
    </message>
    <message>
        <source>edit distance L(1 − p)</source>
        <translation>编辑距离 L(1 − p)</translation>
    </message>
    <message>
        <source>sampled edit distance</source>
        <translation>抽样的编辑距离</translation>
    </message>
    <message>
        <source>sampled corpus BLEU</source>
        <translation>抽样的语料级 BLEU</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Largest half-decade step of each
sampled curve, share of its change:
exact match %1, edit distance %2,
BLEU %3</source>
        <translation>每条抽样曲线最大的半个数量级步长
占其变化的比例：
精确匹配 %1，编辑距离 %2，
BLEU %3</translation>
    </message>
    <message>
        <source>Exact match (SIMULATED)</source>
        <translation>精确匹配（模拟）</translation>
    </message>
    <message>
        <source>Edit distance (SIMULATED)</source>
        <translation>编辑距离（模拟）</translation>
    </message>
    <message>
        <source>BLEU (SIMULATED)</source>
        <translation>BLEU（模拟）</translation>
    </message>
    <message>
        <source>success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>wrong tokens per answer</source>
        <translation>每个答案的错误 token 数</translation>
    </message>
    <message>
        <source>BLEU (0–100)</source>
        <translation>BLEU（0–100）</translation>
    </message>
    <message>
        <source>parameters N (simulated)</source>
        <translation>参数量 N（模拟）</translation>
    </message>
</context>
<context>
    <name>ee::ui::ViewHistory</name>
    <message>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>y axis: %1</source>
        <translation>y 轴：%1</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>zoom reset</source>
        <translation>复原缩放</translation>
    </message>
    <message>
        <source>families shown</source>
        <translation>显示的模型系列</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>x axis</source>
        <translation>x 轴</translation>
    </message>
    <message>
        <source>chart settings</source>
        <translation>图表设置</translation>
    </message>
</context>
<context>
    <name>ee::ui::YAxisChooser</name>
    <message>
        <source>How the y axis shows the metric</source>
        <translation>y 轴如何显示指标</translation>
    </message>
</context>
</TS>
