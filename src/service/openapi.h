// SPDX-License-Identifier: Apache-2.0
// The OpenAPI 3 document (api/openapi.json), embedded at build time.
#pragma once

#include <string>

namespace saring {

const std::string& OpenApiDocument();

}  // namespace saring
