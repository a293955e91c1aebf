// Micro-benchmarks of libtwpii's hot paths (Google Benchmark), in bytes per second, on the
// corpora scripts/bench.sh generates: `build/bench/twpii_microbench DENSE PROSE`.
#include <twpii/detect.hpp>
#include <twpii/encoding.hpp>
#include <twpii/normalize.hpp>
#include <twpii/scanner.hpp>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

namespace {
std::string g_dense, g_prose;

const std::string& corpus(int which) {
  return which == 0 ? g_dense : g_prose;
}

void bm_scan(benchmark::State& state, int which) {
  const std::string& text = corpus(which);
  std::size_t found = 0;
  for (auto _ : state) {
    twpii::MemorySource src(text);
    auto r = twpii::scan(src, {}, [&](const twpii::Block& b) -> twpii::Result<void> {
      found += b.findings.size();
      return {};
    });
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["findings"] = static_cast<double>(found / state.iterations());
}

void bm_valid_utf8(benchmark::State& state, int which) {
  const std::string& text = corpus(which);
  for (auto _ : state) {
    benchmark::DoNotOptimize(twpii::valid_utf8(text, false));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void bm_normalize(benchmark::State& state, int which) {
  const std::string& text = corpus(which);
  std::string_view slice(text.data(), std::min<std::size_t>(text.size(), 1 << 20));
  twpii::NormText norm;
  for (auto _ : state) {
    twpii::normalize(slice, norm);
    benchmark::DoNotOptimize(norm.text.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * slice.size()));
}

std::string read_all(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}
} // namespace

BENCHMARK_CAPTURE(bm_scan, dense, 0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bm_scan, prose, 1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bm_valid_utf8, dense, 0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bm_valid_utf8, prose, 1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bm_normalize, dense, 0)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(bm_normalize, prose, 1)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc != 3) {
    std::fprintf(stderr, "usage: twpii_microbench [benchmark options] DENSE_FILE PROSE_FILE\n");
    return 2;
  }
  g_dense = read_all(argv[1]);
  g_prose = read_all(argv[2]);
  if (g_dense.empty() || g_prose.empty()) {
    std::fprintf(stderr, "twpii_microbench: cannot read the corpora (run scripts/bench.sh once)\n");
    return 2;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
