// Test-only: decodes a JPEG (libjpeg-turbo, default settings) or PNG (libpng) file to binary PNM,
// the way the reference PDQ's loader (ImageMagick `convert FILE pnm:-`) hands pixels over: no EXIF
// orientation, no colour management, alpha dropped (not composited), grey kept as P5.
// Usage: takedown_test_image_to_pnm IN OUT
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <jpeglib.h>
#include <png.h>

namespace {

struct Image {
  unsigned width = 0, height = 0, channels = 0;  // 1 or 3
  std::vector<unsigned char> pixels;
};

struct JpegError {
  jpeg_error_mgr base;
  std::jmp_buf jump;
};

bool decode_jpeg(std::FILE* file, Image& image) {
  jpeg_decompress_struct info{};
  JpegError error{};
  info.err = jpeg_std_error(&error.base);
  error.base.error_exit = [](j_common_ptr c) { std::longjmp(reinterpret_cast<JpegError*>(c->err)->jump, 1); };
  if (setjmp(error.jump)) {
    jpeg_destroy_decompress(&info);
    return false;
  }
  jpeg_create_decompress(&info);
  jpeg_stdio_src(&info, file);
  jpeg_read_header(&info, TRUE);
  if (info.jpeg_color_space != JCS_GRAYSCALE) info.out_color_space = JCS_RGB;
  jpeg_start_decompress(&info);
  image.width = info.output_width;
  image.height = info.output_height;
  image.channels = static_cast<unsigned>(info.output_components);
  image.pixels.resize(static_cast<std::size_t>(image.width) * image.height * image.channels);
  while (info.output_scanline < info.output_height) {
    JSAMPROW row = image.pixels.data() + static_cast<std::size_t>(info.output_scanline) * image.width * image.channels;
    jpeg_read_scanlines(&info, &row, 1);
  }
  jpeg_finish_decompress(&info);
  jpeg_destroy_decompress(&info);
  return image.channels == 1 || image.channels == 3;
}

bool decode_png(std::FILE* file, Image& image) {
  png_image png{};
  png.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_stdio(&png, file)) return false;
  const bool grey = (png.format & PNG_FORMAT_FLAG_COLOR) == 0;
  const bool alpha = (png.format & PNG_FORMAT_FLAG_ALPHA) != 0;
  // Read with alpha (when there is one) so the colour channels come out unblended, then drop it.
  png.format = grey ? (alpha ? PNG_FORMAT_GA : PNG_FORMAT_GRAY) : (alpha ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB);
  std::vector<unsigned char> raw(PNG_IMAGE_SIZE(png));
  if (!png_image_finish_read(&png, nullptr, raw.data(), 0, nullptr)) return false;
  image.width = png.width;
  image.height = png.height;
  image.channels = grey ? 1 : 3;
  const unsigned stride = PNG_IMAGE_PIXEL_CHANNELS(png.format);
  image.pixels.resize(static_cast<std::size_t>(image.width) * image.height * image.channels);
  for (std::size_t i = 0; i < static_cast<std::size_t>(image.width) * image.height; ++i) {
    std::memcpy(&image.pixels[i * image.channels], &raw[i * stride], image.channels);
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fputs("usage: takedown_test_image_to_pnm IN OUT\n", stderr);
    return 2;
  }
  std::FILE* in = std::fopen(argv[1], "rb");
  if (in == nullptr) {
    std::perror(argv[1]);
    return 1;
  }
  unsigned char magic[2] = {};
  const bool jpeg = std::fread(magic, 1, 2, in) == 2 && magic[0] == 0xFF && magic[1] == 0xD8;
  std::rewind(in);
  Image image;
  const bool ok = jpeg ? decode_jpeg(in, image) : decode_png(in, image);
  std::fclose(in);
  if (!ok) {
    std::fprintf(stderr, "%s: not a JPEG or PNG this tool decodes\n", argv[1]);
    return 1;
  }
  std::FILE* out = std::fopen(argv[2], "wb");
  if (out == nullptr) {
    std::perror(argv[2]);
    return 1;
  }
  std::fprintf(out, "P%c\n%u %u\n255\n", image.channels == 1 ? '5' : '6', image.width, image.height);
  const bool written = std::fwrite(image.pixels.data(), 1, image.pixels.size(), out) == image.pixels.size();
  return std::fclose(out) == 0 && written ? 0 : 1;
}
