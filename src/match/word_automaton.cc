// SPDX-License-Identifier: Apache-2.0
#include "match/word_automaton.h"

#include <algorithm>
#include <cstring>
#include <map>

namespace saring {
namespace {

// The nondeterministic automaton's states: a pattern, how many of its
// elements have been consumed, and how many of the consumed bytes were spaces.
struct Position {
  uint32_t pattern;
  uint32_t consumed;
  uint32_t spaces;
};

uint64_t HashSet(const std::vector<uint32_t>& v) {
  uint64_t h = 1469598103934665603ULL;
  for (uint32_t x : v) h = (h ^ x) * 1099511628211ULL;
  return h ^ (h >> 29);
}

// The states found so far, by their sets: an open-addressing table of
// (hash, state) that reads a state's set only when the hashes agree.
class StateTable {
 public:
  StateTable() : slots_(64), mask_(63) {}

  // The state of `set`, or -1.
  int64_t Find(const std::vector<uint32_t>& set, uint64_t hash,
               const std::vector<std::vector<uint32_t>>& sets) const {
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].state == kEmpty) return -1;
      if (slots_[i].hash == hash && sets[slots_[i].state] == set) return slots_[i].state;
    }
  }
  void Insert(uint64_t hash, uint32_t state) {
    if (2 * (used_ + 1) > slots_.size()) Grow();
    size_t i = hash & mask_;
    while (slots_[i].state != kEmpty) i = (i + 1) & mask_;
    slots_[i] = {hash, state};
    ++used_;
  }

 private:
  static constexpr uint32_t kEmpty = ~uint32_t{0};
  struct Slot {
    uint64_t hash = 0;
    uint32_t state = kEmpty;
  };
  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    used_ = 0;
    for (const Slot& s : old) {
      if (s.state != kEmpty) Insert(s.hash, s.state);
    }
  }
  std::vector<Slot> slots_;
  size_t mask_;
  size_t used_ = 0;
};

}  // namespace

Result<WordAutomaton> WordAutomaton::Build(const std::vector<std::vector<LiteralElement>>& patterns,
                                           size_t max_states) {
  WordAutomaton a;
  for (size_t p = 0; p < patterns.size(); ++p) {
    if (std::all_of(patterns[p].begin(), patterns[p].end(),
                    [](const LiteralElement& e) { return e.optional; })) {
      return InvalidArgument("literal pattern " + std::to_string(p) + " can match nothing");
    }
    for (const LiteralElement& e : patterns[p]) {
      if (e.repeat && e.bytes.find(' ') != std::string::npos) {
        return InvalidArgument("literal pattern " + std::to_string(p) + " repeats a space");
      }
    }
  }

  // Bytes that no element tells apart share a class. The space always has a
  // class of its own, as every space starts the patterns over; class 0 holds
  // the bytes nothing accepts.
  {
    std::map<std::string, uint32_t> byte_sets{{" ", 0}};
    for (const auto& p : patterns) {
      for (const LiteralElement& e : p) byte_sets.emplace(e.bytes, 0);
    }
    uint32_t id = 0;
    for (auto& [bytes, n] : byte_sets) n = id++;
    std::vector<std::vector<uint32_t>> signature(256);
    for (const auto& [bytes, n] : byte_sets) {
      for (char c : bytes) {
        auto& sig = signature[static_cast<unsigned char>(c)];
        if (sig.empty() || sig.back() != n) sig.push_back(n);
      }
    }
    std::map<std::vector<uint32_t>, uint32_t> class_of_signature{{{}, 0}};
    for (int b = 0; b < 256; ++b) {
      auto [it, fresh] = class_of_signature.emplace(
          signature[b], static_cast<uint32_t>(class_of_signature.size()));
      a.byte_class_[b] = static_cast<uint8_t>(it->second);
    }
    a.classes_ = static_cast<uint32_t>(class_of_signature.size());
  }
  const uint32_t space_class = a.byte_class_[static_cast<unsigned char>(' ')];

  // Positions are numbered base[p] + consumed * (spaces_in[p] + 1) + spaces.
  std::vector<uint32_t> spaces_in(patterns.size(), 0);
  std::vector<uint32_t> base(patterns.size() + 1, 0);
  std::vector<std::vector<std::vector<uint8_t>>> classes_of(patterns.size());
  for (size_t p = 0; p < patterns.size(); ++p) {
    for (const LiteralElement& e : patterns[p]) {
      std::vector<uint8_t> cs;
      for (char c : e.bytes) cs.push_back(a.byte_class_[static_cast<unsigned char>(c)]);
      std::sort(cs.begin(), cs.end());
      cs.erase(std::unique(cs.begin(), cs.end()), cs.end());
      spaces_in[p] += std::binary_search(cs.begin(), cs.end(), space_class) ? 1 : 0;
      classes_of[p].push_back(std::move(cs));
    }
    base[p + 1] = base[p] + static_cast<uint32_t>((patterns[p].size() + 1) * (spaces_in[p] + 1));
  }
  auto number = [&](uint32_t p, uint32_t consumed, uint32_t spaces) {
    return base[p] + consumed * (spaces_in[p] + 1) + spaces;
  };
  std::vector<Position> positions(base.back());
  for (uint32_t p = 0; p < patterns.size(); ++p) {
    for (uint32_t k = 0; k <= patterns[p].size(); ++k) {
      for (uint32_t s = 0; s <= spaces_in[p]; ++s) positions[number(p, k, s)] = {p, k, s};
    }
  }
  // Adds the position and every one reachable from it by leaving out optional elements.
  auto add_closure = [&](uint32_t p, uint32_t k, uint32_t s, std::vector<uint32_t>* set) {
    set->push_back(number(p, k, s));
    while (k < patterns[p].size() && patterns[p][k].optional) set->push_back(number(p, ++k, s));
  };
  // A set holds the positions of the matches under way, plus kWordStart when
  // every pattern may begin at the next byte (after a space), or the marker
  // of the positions one byte of class c after a word start: spelled out,
  // those would make thousands of sets hundreds of positions long.
  const uint32_t kWordStart = static_cast<uint32_t>(positions.size());
  auto after_word_start = [&](uint32_t c) { return kWordStart + 1 + c; };
  std::vector<std::vector<uint32_t>> from_word_start(a.classes_);
  for (uint32_t p = 0; p < patterns.size(); ++p) {
    for (uint32_t k = 0; k < patterns[p].size(); ++k) {
      for (uint8_t c : classes_of[p][k]) {
        const uint32_t taken = c == space_class ? 1 : 0;
        add_closure(p, k + 1, taken, &from_word_start[c]);
        if (patterns[p][k].repeat) from_word_start[c].push_back(number(p, k, taken));
      }
      if (!patterns[p][k].optional) break;
    }
  }

  // Subset construction. State 0 is the empty set (no match under way).
  std::vector<std::vector<uint32_t>> sets;
  StateTable state_of;
  // state * classes + class -> target state. Room for as many states as
  // positions is enough for most packs: the table is not copied as it grows.
  std::vector<uint32_t, HugePageAllocator<uint32_t>> next;
  next.reserve(std::min(positions.size() + 2, max_states) * a.classes_);
  // Most targets are the empty set, and most others are known: neither
  // copies the set.
  auto intern = [&](std::vector<uint32_t>* set) -> Result<uint32_t> {
    if (set->empty() && !sets.empty()) return 0;
    std::sort(set->begin(), set->end());
    set->erase(std::unique(set->begin(), set->end()), set->end());
    const uint64_t hash = HashSet(*set);
    if (int64_t known = state_of.Find(*set, hash, sets); known >= 0) {
      return static_cast<uint32_t>(known);
    }
    if (sets.size() >= max_states) {
      return InvalidArgument("the pack's literal terms need more than " +
                             std::to_string(max_states) + " automaton states");
    }
    const uint32_t id = static_cast<uint32_t>(sets.size());
    state_of.Insert(hash, id);
    sets.push_back(*set);
    return id;
  };
  std::vector<uint32_t> set;
  (void)intern(&set).value();
  set = {kWordStart};
  const uint32_t start = intern(&set).value();

  // Calls f(position) for every position of a set, markers spelled out.
  auto for_each_position = [&](const std::vector<uint32_t>& set, auto f) {
    for (uint32_t position : set) {
      if (position < kWordStart) {
        f(position);
      } else if (position > kWordStart) {
        for (uint32_t q : from_word_start[position - kWordStart - 1]) f(q);
      }
    }
  };
  std::vector<std::vector<uint32_t>> targets(a.classes_);
  for (size_t s = 0; s < sets.size(); ++s) {
    for (auto& t : targets) t.clear();
    if (std::binary_search(sets[s].begin(), sets[s].end(), kWordStart)) {
      for (uint32_t c = 1; c < a.classes_; ++c) {
        if (!from_word_start[c].empty()) targets[c].push_back(after_word_start(c));
      }
    }
    for_each_position(sets[s], [&](uint32_t position) {
      auto [p, k, spaces] = positions[position];
      if (k == patterns[p].size()) return;
      for (uint8_t c : classes_of[p][k]) {
        const uint32_t taken = spaces + (c == space_class ? 1 : 0);
        add_closure(p, k + 1, taken, &targets[c]);
        if (patterns[p][k].repeat) targets[c].push_back(number(p, k, taken));
      }
    });
    targets[space_class].push_back(kWordStart);
    next.resize((s + 1) * a.classes_, 0);
    for (uint32_t c = 1; c < a.classes_; ++c) {
      Result<uint32_t> target = intern(&targets[c]);
      if (!target.ok()) return target.error();
      next[s * a.classes_ + c] = target.value();
    }
  }

  // Renumber so that the states that report matches come last, and store
  // rows (state * classes) rather than states, which saves the scan a multiply.
  const uint32_t n = static_cast<uint32_t>(sets.size());
  auto complete = [&](uint32_t position) {
    return positions[position].consumed == patterns[positions[position].pattern].size();
  };
  // The complete positions of a set, markers spelled out only as far as
  // their complete positions (a marker stands for hundreds of positions).
  std::vector<std::vector<uint32_t>> complete_after_word_start(a.classes_);
  for (uint32_t c = 0; c < a.classes_; ++c) {
    for (uint32_t q : from_word_start[c]) {
      if (complete(q)) complete_after_word_start[c].push_back(q);
    }
  }
  auto for_each_complete = [&](const std::vector<uint32_t>& set, auto f) {
    for (uint32_t position : set) {
      if (position < kWordStart) {
        if (complete(position)) f(position);
      } else if (position > kWordStart) {
        for (uint32_t q : complete_after_word_start[position - kWordStart - 1]) f(q);
      }
    }
  };
  std::vector<char> reports(n, 0);
  for (uint32_t s = 0; s < n; ++s) for_each_complete(sets[s], [&](uint32_t) { reports[s] = 1; });
  std::vector<uint32_t> order(n), renumbered(n);
  for (uint32_t s = 0; s < n; ++s) order[s] = s;
  std::stable_partition(order.begin(), order.end(), [&](uint32_t s) { return !reports[s]; });
  for (uint32_t i = 0; i < n; ++i) renumbered[order[i]] = i;
  // The rows move to their new places in the same table, a cycle of the
  // permutation at a time.
  for (uint32_t& target : next) target = renumbered[target] * a.classes_;
  {
    std::vector<uint32_t> held(a.classes_);
    std::vector<char> placed(n, 0);
    for (uint32_t s = 0; s < n; ++s) {
      if (placed[s]) continue;
      std::copy_n(next.begin() + s * a.classes_, a.classes_, held.begin());
      for (uint32_t from = s;;) {
        const uint32_t to = renumbered[from];
        std::swap_ranges(held.begin(), held.end(), next.begin() + to * a.classes_);
        placed[from] = 1;
        if (to == s) break;
        from = to;
      }
    }
  }
  a.next_ = std::move(next);
  a.accept_begin_.assign(n + 1, 0);
  const uint32_t first_reporting =
      static_cast<uint32_t>(std::count(reports.begin(), reports.end(), 0));
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t s = order[i];
    a.accept_begin_[i] = static_cast<uint32_t>(a.accepts_.size());
    for_each_complete(sets[s], [&](uint32_t position) {
      a.accepts_.push_back({positions[position].pattern, positions[position].spaces});
    });
  }
  a.accept_begin_[n] = static_cast<uint32_t>(a.accepts_.size());
  a.accepting_from_ = first_reporting * a.classes_;
  a.start_row_ = renumbered[start] * a.classes_;
  return a;
}

namespace {

// The layout of AppendTo: a new one needs a new number.
constexpr uint32_t kBytesVersion = 1;

template <typename T>
void AppendPod(const T& value, std::string* out) {
  out->append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T, typename A>
void AppendVector(const std::vector<T, A>& v, std::string* out) {
  AppendPod(static_cast<uint64_t>(v.size()), out);
  out->append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

// Reads what AppendPod and AppendVector wrote; false when the bytes run out.
class PodReader {
 public:
  explicit PodReader(std::string_view bytes) : rest_(bytes) {}
  template <typename T>
  bool Read(T* value) {
    if (rest_.size() < sizeof(T)) return false;
    std::memcpy(value, rest_.data(), sizeof(T));
    rest_.remove_prefix(sizeof(T));
    return true;
  }
  template <typename T, typename A>
  bool Read(std::vector<T, A>* v) {
    uint64_t n = 0;
    if (!Read(&n) || n > rest_.size() / sizeof(T)) return false;
    v->resize(n);
    if (n > 0) std::memcpy(v->data(), rest_.data(), n * sizeof(T));  // an empty one has no data()
    rest_.remove_prefix(n * sizeof(T));
    return true;
  }
  bool AtEnd() const { return rest_.empty(); }

 private:
  std::string_view rest_;
};

}  // namespace

void WordAutomaton::AppendTo(std::string* out) const {
  AppendPod(kBytesVersion, out);
  AppendPod(classes_, out);
  AppendPod(start_row_, out);
  AppendPod(accepting_from_, out);
  AppendPod(byte_class_, out);
  AppendVector(next_, out);
  AppendVector(accept_begin_, out);
  AppendVector(accepts_, out);
}

Result<WordAutomaton> WordAutomaton::Parse(std::string_view bytes, size_t pattern_count) {
  WordAutomaton a;
  PodReader in(bytes);
  uint32_t version = 0;
  if (!in.Read(&version) || version != kBytesVersion) {
    return InvalidArgument("a word automaton's bytes are of another layout");
  }
  if (!in.Read(&a.classes_) || !in.Read(&a.start_row_) || !in.Read(&a.accepting_from_) ||
      !in.Read(&a.byte_class_) || !in.Read(&a.next_) || !in.Read(&a.accept_begin_) ||
      !in.Read(&a.accepts_) || !in.AtEnd()) {
    return InvalidArgument("a word automaton's bytes are cut short or run on");
  }
  // A row is a multiple of the class count: row * ceil(2^64 / classes) wraps
  // below the multiplier exactly then (Lemire, Kaser and Kurz, "Faster
  // remainder by direct computation", 2019), which spares the check a
  // division per entry of a table of millions.
  const uint64_t multiplier = a.classes_ == 0 ? 0 : ~uint64_t{0} / a.classes_ + 1;
  auto is_row = [&](uint64_t row) {
    return row < a.next_.size() && (a.classes_ == 1 || row * multiplier <= multiplier - 1);
  };
  if (a.classes_ == 0 || a.classes_ > 256 || a.next_.empty() || a.next_.size() % a.classes_ != 0 ||
      !is_row(a.start_row_) ||
      (a.accepting_from_ != a.next_.size() && !is_row(a.accepting_from_))) {
    return InvalidArgument("a word automaton's table has the wrong shape");
  }
  for (uint8_t c : a.byte_class_) {
    if (c >= a.classes_) return InvalidArgument("a word automaton's byte class is out of range");
  }
  for (uint32_t row : a.next_) {
    if (!is_row(row)) return InvalidArgument("a word automaton's transition is out of range");
  }
  const size_t states = a.next_.size() / a.classes_;
  if (a.accept_begin_.size() != states + 1 || a.accept_begin_.front() != 0 ||
      a.accept_begin_.back() != a.accepts_.size() ||
      !std::is_sorted(a.accept_begin_.begin(), a.accept_begin_.end())) {
    return InvalidArgument("a word automaton's matches per state are out of range");
  }
  for (const Accept& accept : a.accepts_) {
    if (accept.pattern >= pattern_count) {
      return InvalidArgument("a word automaton reports a pattern it does not have");
    }
  }
  return a;
}

}  // namespace saring
