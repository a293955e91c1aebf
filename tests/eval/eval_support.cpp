// eval_support: encoding and character helpers shared by gen_eval and check_eval.
#include "eval_support.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf16.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>

namespace eval {
namespace {

const char* converter_name(Encoding encoding) {
  return encoding == Encoding::Big5 ? "windows-950" : "UTF-8";
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(Encoding encoding) {
  UErrorCode status = U_ZERO_ERROR;
  Converter conv(ucnv_open(converter_name(encoding), &status));
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU cannot open converter ") + converter_name(encoding));
  }
  return conv;
}

std::u16string to_utf16(std::string_view bytes, Encoding encoding) {
  Converter conv = open_converter(encoding);
  UErrorCode status = U_ZERO_ERROR;
  std::u16string out(bytes.size() + 1, u'\0');
  const auto n = ucnv_toUChars(conv.get(), out.data(), static_cast<int32_t>(out.size()),
                               bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) {
    throw std::runtime_error("ICU cannot decode text");
  }
  out.resize(static_cast<std::size_t>(n));
  return out;
}

std::string from_utf16(std::u16string_view text, Encoding encoding) {
  Converter conv = open_converter(encoding);
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string out(text.size() * 4 + 1, '\0');
  const auto n = ucnv_fromUChars(conv.get(), out.data(), static_cast<int32_t>(out.size()),
                                 text.data(), static_cast<int32_t>(text.size()), &status);
  if (U_FAILURE(status)) {
    throw std::runtime_error("no mapping in target encoding");
  }
  out.resize(static_cast<std::size_t>(n));
  return out;
}

} // namespace

Encoding encoding_for_path(std::string_view path) {
  // notes.big5.txt, roster.big5.csv, notice.big5.eml.txt (set65b): ".big5." in the file's name.
  const std::size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return name.find(".big5.") != std::string_view::npos ? Encoding::Big5 : Encoding::Utf8;
}

std::string encode_utf8(std::string_view utf8, Encoding encoding) {
  if (encoding == Encoding::Utf8) {
    return std::string(utf8);
  }
  try {
    std::string out = from_utf16(to_utf16(utf8, Encoding::Utf8), encoding);
    if (to_utf8(out, encoding) != utf8) {
      throw std::runtime_error("does not round-trip");
    }
    return out;
  } catch (const std::runtime_error& e) {
    throw std::runtime_error("cannot encode \"" + std::string(utf8) + "\" as Big5: " + e.what());
  }
}

std::u32string decode(std::string_view bytes, Encoding encoding) {
  const std::u16string units = to_utf16(bytes, encoding);
  std::u32string out;
  std::size_t i = 0;
  while (i < units.size()) {
    char32_t c = 0;
    U16_NEXT(units.data(), i, units.size(), c);
    out.push_back(c);
  }
  return out;
}

std::string to_utf8(std::string_view bytes, Encoding encoding) {
  if (encoding == Encoding::Utf8) {
    return std::string(bytes);
  }
  return from_utf16(to_utf16(bytes, encoding), Encoding::Utf8);
}

bool is_alnum_any_width(char32_t c) {
  const auto in = [c](char32_t lo, char32_t hi) { return c >= lo && c <= hi; };
  return in(U'0', U'9') || in(U'A', U'Z') || in(U'a', U'z') || in(0xFF10, 0xFF19) ||
         in(0xFF21, 0xFF3A) || in(0xFF41, 0xFF5A);
}

bool is_chinese_numeral(char32_t c) {
  static constexpr std::u32string_view kNumerals =
      U"〇零一二三四五六七八九十百千廿卅壹貳參肆伍陸柒捌玖拾佰仟";
  return kNumerals.find(c) != std::u32string_view::npos;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot read " + path);
  }
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace eval
