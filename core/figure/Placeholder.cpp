// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until this library has sources of its own.
namespace ee {
}
