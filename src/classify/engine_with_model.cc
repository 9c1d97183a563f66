// SPDX-License-Identifier: Apache-2.0
#include <filesystem>

#include "saring/classifier.h"

namespace saring {

Result<std::unique_ptr<Engine>> CreateEngineWithModel(Policy policy, const std::string& model_path,
                                                      const MatcherOptions& matcher_options) {
  auto model = HashedLogisticModel::Load(model_path);
  if (!model.ok()) return model.error();
  const std::string stem =
      model_path.substr(0, model_path.size() - 4 * model_path.ends_with(".bin"));
  Engine::ElementScorers element_scorers;
  for (const Element& e : policy.elements.elements) {
    const std::string path = stem + "." + e.id + ".bin";
    if (!std::filesystem::exists(path)) continue;
    auto element_model = HashedLogisticModel::Load(path);
    if (!element_model.ok()) return element_model.error();
    element_scorers.emplace_back(e.id, std::move(element_model).value());
  }
  return Engine::Create(std::move(policy), std::move(model).value(), std::move(element_scorers),
                        matcher_options);
}

}  // namespace saring
