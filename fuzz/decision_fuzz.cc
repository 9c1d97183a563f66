// SPDX-License-Identifier: Apache-2.0
// The whole decision, learned scorers included, on long hostile text: a
// prefix, then a unit repeated up to half a field's full size, as the text of
// a record of any kind. Repetition turns a small input into the runs that
// make reading quadratic ("bal korea x" and 60 KB of ".a" took 2.7 s before
// the sentence reader was bounded), so `make fuzz` runs this target with a
// per-input time limit.
// Crashes, spans outside the text and timeouts are bugs.
#include <cstdlib>

#include "saring/classifier.h"
#include "saring/engine.h"
#include "saring/record_kind.h"

namespace {

const saring::Engine* GetEngine() {
  static const saring::Engine* engine = [] {
    auto policy =
        saring::LoadPolicyFile(SARING_SOURCE_DIR "/policies/id-used-clothing-import.yaml");
    if (!policy.ok()) abort();
    auto created = saring::CreateEngineWithModel(std::move(policy).value(),
                                                 SARING_SOURCE_DIR "/models/default.bin");
    if (!created.ok()) abort();
    return std::move(created).value().release();
  }();
  return engine;
}

// Every decision is explained in the original text's bytes.
void CheckSpans(const saring::Record& record, const saring::Decision& decision) {
  for (const saring::Evidence& e : decision.evidence) {
    const std::string& field = e.field == "title"         ? record.title
                               : e.field == "description" ? record.description
                                                          : record.text;
    if (e.start > e.end || e.end > field.size()) abort();
    if (field.compare(e.start, e.end - e.start, e.matched) != 0) abort();
  }
}

}  // namespace

// The pack is compiled once, before the first input: its seconds under the
// sanitizers are no input's, and must not count against the per-input limit.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  GetEngine();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const saring::Engine& engine = *GetEngine();
  // The first byte picks the kind and how far to repeat; the rest is the
  // prefix, a zero byte, and the unit (no zero byte: all unit).
  const size_t kind = data[0] % saring::kRecordKinds.size();
  const size_t target = data[0] & 0x80 ? saring::Engine::kMaxScanBytes / 2 : 4096;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const size_t zero = rest.find('\0');
  const std::string_view prefix = zero == rest.npos ? "" : rest.substr(0, zero);
  const std::string_view unit = zero == rest.npos ? rest : rest.substr(zero + 1);
  saring::Record record;
  record.id = "fuzz";
  record.kind = saring::kRecordKinds[kind];
  record.text = prefix;
  while (!unit.empty() && record.text.size() + unit.size() <= target) record.text += unit;
  saring::Decision decision;
  saring::Status status = engine.DecideInto(record, &decision);
  if (status.ok()) CheckSpans(record, decision);
  return 0;
}
