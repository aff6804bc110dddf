#include "pattern_matcher.hpp"

#include <algorithm>
#include <deque>

#include "patterns.hpp"

namespace takedown::forms {
namespace {

// ' ' -> 0, 'a'..'z' -> 1..26, '0'..'9' -> 27..36; fold.hpp emits nothing else (anything else counts as a space).
std::size_t symbol_of(char c) noexcept {
  if (c >= 'a' && c <= 'z') return static_cast<std::size_t>(c - 'a' + 1);
  if (c >= '0' && c <= '9') return static_cast<std::size_t>(c - '0' + 27);
  return 0;
}

}  // namespace

const PatternMatcher& PatternMatcher::instance() {
  static const PatternMatcher matcher;
  return matcher;
}

PatternMatcher::PatternMatcher() {
  next_.push_back({});
  next_.back().fill(-1);
  outputs_.emplace_back();
  for (const auto& row : pattern_rows()) {
    for (const std::string& word : row.words) {
      std::string_view alternative = word;
      const bool whole_text = !alternative.empty() && alternative.front() == '=';
      if (whole_text) alternative.remove_prefix(1);
      const bool open_start = !alternative.empty() && alternative.front() == '*';
      if (open_start) alternative.remove_prefix(1);
      const bool open_end = !alternative.empty() && alternative.back() == '*';
      if (open_end) alternative.remove_suffix(1);
      if (alternative.empty()) continue;
      std::string key;
      if (!open_start) key += ' ';
      key += alternative;
      if (!open_end) key += ' ';
      add({row.cue, row.lang, row.strict, whole_text, row.weight, static_cast<std::uint32_t>(key.size()),
           std::string(alternative)},
          key);
    }
  }
  link();
}

void PatternMatcher::add(const Pattern& pattern, std::string_view key) {
  std::size_t node = 0;
  for (const char c : key) {
    const std::size_t s = symbol_of(c);
    if (next_[node][s] < 0) {
      next_[node][s] = static_cast<std::int32_t>(next_.size());
      next_.push_back({});
      next_.back().fill(-1);
      outputs_.emplace_back();
    }
    node = static_cast<std::size_t>(next_[node][s]);
  }
  outputs_[node].push_back(static_cast<std::uint32_t>(patterns_.size()));
  patterns_.push_back(pattern);
}

// Breadth-first: failure links, then every missing transition filled in (a complete automaton), and
// each node's outputs extended by those of its failure node.
void PatternMatcher::link() {
  std::vector<std::int32_t> fail(next_.size(), 0);
  std::deque<std::size_t> queue;
  for (std::size_t s = 0; s < symbols; ++s) {
    if (next_[0][s] < 0) {
      next_[0][s] = 0;
    } else {
      queue.push_back(static_cast<std::size_t>(next_[0][s]));
    }
  }
  while (!queue.empty()) {
    const std::size_t node = queue.front();
    queue.pop_front();
    const auto& inherited = outputs_[static_cast<std::size_t>(fail[node])];
    outputs_[node].insert(outputs_[node].end(), inherited.begin(), inherited.end());
    for (std::size_t s = 0; s < symbols; ++s) {
      const std::int32_t child = next_[node][s];
      const std::int32_t via_fail = next_[static_cast<std::size_t>(fail[node])][s];
      if (child < 0) {
        next_[node][s] = via_fail;
      } else {
        fail[static_cast<std::size_t>(child)] = via_fail;
        queue.push_back(static_cast<std::size_t>(child));
      }
    }
  }
}

void PatternMatcher::find(std::string_view folded, std::vector<PatternMatch>& out) const {
  const std::size_t first = out.size();
  std::size_t node = 0;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    node = static_cast<std::size_t>(next_[node][symbol_of(folded[i])]);
    for (const std::uint32_t id : outputs_[node]) {
      const Pattern& p = patterns_[id];
      const auto end = static_cast<std::uint32_t>(i + 1);
      const std::uint32_t begin = end - p.length;
      if (p.whole_text && (begin != 0 || end != folded.size())) continue;
      out.push_back({p.cue, p.lang, p.strict, p.weight, begin, end, p.words});
    }
  }
  // Drop matches that lie inside a strictly longer one.
  const auto inside_longer = [&](const PatternMatch& m) {
    return std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [&](const PatternMatch& o) {
      return o.begin <= m.begin && m.end <= o.end && (o.end - o.begin) > (m.end - m.begin);
    });
  };
  std::vector<PatternMatch> kept;
  for (std::size_t i = first; i < out.size(); ++i) {
    if (!inside_longer(out[i])) kept.push_back(out[i]);
  }
  out.resize(first);
  out.insert(out.end(), kept.begin(), kept.end());
}

}  // namespace takedown::forms
