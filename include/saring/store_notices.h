// SPDX-License-Identifier: Apache-2.0
// Regulators' notices: lists of links with a legal basis and a deadline,
// and the platform's answer per link.
// A part of the Store (saring/store.h): Store::notices().
#pragma once

#include "saring/store.h"

namespace saring {

class NoticeStore {
 public:
  explicit NoticeStore(Store& store) : store_(store) {}

  // Regulator notices. Items are matched to listings by id or url on arrival.
  Result<Notice> Create(Notice notice, const std::string& actor);
  // Newest first; `platform_id` empty: every platform's (the regulator's
  // view); only those received in [received_from, received_to).
  Result<std::vector<Notice>> List(const std::string& platform_id, int64_t limit,
                                   int64_t received_from = 0, int64_t received_to = INT64_MAX);
  Result<Notice> Get(const std::string& platform_id, const std::string& id);
  // Records the tree head that shows the notice's receipt; once.
  Status RecordTreeHead(const std::string& notice_id, const std::string& tree_head_json);
  Result<NoticeItem> AnswerItem(const std::string& platform_id, const std::string& notice_id,
                                int64_t item_no, const NoticeItem& answer,
                                const std::string& actor);

 private:
  Store& store_;
};

}  // namespace saring
