// SPDX-License-Identifier: Apache-2.0
// Distributor networks from the service's own records (saring/networks.h):
// the sellers, their identifier hashes and strikes, their listings'
// verdicts, fingerprints and wholesale signals, of one platform or of every
// platform; and the evidence package of one network for a referral to
// customs or police. A part of the Store (saring/store.h): Store::networks().
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "saring/networks.h"
#include "saring/store.h"

namespace saring {

// An identifier that joins members of a network, as its keyed hash.
struct SharedIdentifier {
  std::string kind;
  std::string hash;
  struct Holder {
    std::string platform_id, seller_id;
    bool from_text = false;  // written in a listing, not registered
  };
  std::vector<Holder> holders;
};

// A dated event of a network's members, for the timeline.
struct NetworkEvent {
  int64_t at_ms = 0;
  std::string platform_id;
  std::string seller_id;
  std::string event;    // listed | action:<kind> | reversed:<kind>
  std::string subject;  // listing or action id
};

struct NetworkEvidence {
  Network network;
  std::vector<NetworkSeller> members;
  std::vector<SharedIdentifier> identifiers;
  std::vector<StoredListing>
      listings;                   // flagged first, then by time; opened when the secret is given
  int64_t listings_left_out = 0;  // beyond the package's limit
  std::vector<ActionRecord> actions;   // the members' enforcement, oldest first
  std::vector<NetworkEvent> timeline;  // oldest first
};

class NetworkStore {
 public:
  explicit NetworkStore(Store& store) : store_(store) {}

  // The network analysis's input: one platform's sellers and listings, or
  // every platform's when `platform_id` is "". Erased listings are left out.
  Result<NetworkInput> Load(const std::string& platform_id);
  // The package of `network` (found in `input`), with at most `max_listings`
  // listings; recorded in the audit log (network.exported) under `actor`.
  Result<NetworkEvidence> Evidence(const NetworkInput& input, const Network& network,
                                   int64_t max_listings, const std::string& actor);

 private:
  Store& store_;
};

}  // namespace saring
