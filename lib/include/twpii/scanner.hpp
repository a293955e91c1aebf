// The text pipeline for one input: sniff, decode block by block, find candidates, run the
// detectors, map every finding to exact input bytes. Memory stays bounded by the block size
// (plus the longest line), whatever the input size.
#pragma once

#include <twpii/encoding.hpp>
#include <twpii/error.hpp>
#include <twpii/io.hpp>
#include <twpii/mask.hpp>
#include <twpii/policy.hpp>
#include <twpii/types.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace twpii {

struct ScanOptions {
  TypeSet types = TypeSet::all();
  float min_confidence = 0.0f;
  std::optional<Encoding> encoding;     // nullopt: sniff
  std::shared_ptr<const Policy> policy; // --allow / --deny lists, or null
  std::size_t block_size = std::size_t{4} << 20;
  // Deliver a binary input's bytes to the block function unchanged (mask copies them).
  bool pass_binary = false;
  // Also run the name detector over the text between windows (lines with no digit, '@', label
  // or honorific: 我兒子洪家豪在台北上班, 局長　趙國棟): the other detectors need a candidate to
  // find anything. About 3 times the time of a default scan on prose.
  bool thorough = false;
  // An input of at most this many bytes is scanned as with `thorough` (a petition, a web page:
  // milliseconds either way); a larger one only if `thorough` is set. 0: never.
  std::size_t thorough_up_to = std::size_t{1} << 20;
};

struct Finding {
  PiiType type;
  std::uint64_t start; // [start, end): bytes of the input as stored
  std::uint64_t end;
  std::uint64_t line;   // 1-based
  std::uint64_t column; // 1-based, in characters
  float confidence;
  std::string_view detector;
  std::string_view rule;
  std::string_view cue; // the cue word that raised or lowered the confidence, or ""
  // The raw value, UTF-8 (decoded, not normalised), valid during the block callback only.
  // Personal data: never print it unless the user asked (--reveal).
  std::string_view value;
};

enum class Outcome { done, skipped_binary };

struct ScanResult {
  Outcome outcome = Outcome::done;
  Encoding encoding = Encoding::utf8;
  std::uint64_t bytes = 0;
};

// One block of input as the scan delivers it: its bytes (starting at input offset `offset`),
// the input's encoding and the findings inside it, in input order.
struct Block {
  std::string_view input;
  std::uint64_t offset;
  Encoding encoding;
  std::span<const Finding> findings;
};
// Called once per block; returning an error stops the scan with that error.
using BlockFn = std::function<Result<void>(const Block& block)>;

// Scans `source` to its end. Fails on a read error or on bytes that are not valid in the
// (sniffed or given) encoding; findings of earlier blocks have then already been delivered.
Result<ScanResult> scan(Source& source, const ScanOptions& options, const BlockFn& on_block);

struct MaskStats {
  std::uint64_t masked[k_type_count] = {}; // per PiiType
};

// Copies `source` to `sink` with every finding replaced as `mask` says, in the input's own
// encoding; all other bytes are copied unchanged. A binary input is copied unchanged (outcome
// skipped_binary).
Result<ScanResult> mask(Source& source, Sink& sink, const ScanOptions& options,
                        const MaskOptions& mask, MaskStats& stats);

} // namespace twpii
