// SPDX-License-Identifier: Apache-2.0
// The input reader, the whole decision (elements, sentences, quotations,
// negated lists and glued words included) and the label reader on arbitrary bytes: JSON Lines and
// CSV. Errors are fine; crashes, hangs and internal errors are bugs.
#include <cstdlib>
#include <sstream>

#include "saring/record_io.h"
#include "saring/scan_pipeline.h"

namespace {
const saring::Engine* GetEngine() {
  static const saring::Engine* engine = [] {
    auto policy =
        saring::LoadPolicyFile(SARING_SOURCE_DIR "/policies/id-used-clothing-import.yaml");
    if (!policy.ok()) abort();
    auto e = saring::Engine::Create(std::move(policy).value());
    if (!e.ok()) abort();
    return std::move(e).value().release();
  }();
  return engine;
}
}  // namespace

// The pack is compiled once, before the first input: its seconds under the
// sanitizers are no input's, and must not count against the per-input limit.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  GetEngine();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const saring::Engine& engine = *GetEngine();
  std::string bytes(reinterpret_cast<const char*>(data), size);
  for (auto format : {saring::InputFormat::kJsonLines, saring::InputFormat::kCsv}) {
    std::istringstream in(bytes);
    auto source = saring::RecordSource::Open(&in, format);
    if (!source.ok()) continue;
    std::vector<saring::InputItem> items;
    while ((*source)->Read(64, &items)) {
    }
    saring::Record record;
    saring::Decision decision;
    std::string out;
    for (const auto& item : items) {
      out.clear();
      bool decided = saring::DecideItem(engine, item, &record, &decision, &out);
      if (out.empty() || out.back() != '\n') abort();
      if (!decided && out.find("\"error\":\"internal") != std::string::npos) abort();
      // The training reader's label fields, element labels included.
      (void)saring::ParseJsonLabel(item.raw);
    }
  }
  return 0;
}
