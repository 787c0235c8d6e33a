import 'dart:convert';

// utf8.encode writes a lone surrogate as U+FFFD (EF BF BD); base64 encoders
// reject values outside 0..255 instead of truncating them.
void main() {
  print(utf8.encode('a\uD800b'));
  print(utf8.encode('\uDC00'));
  print(utf8.encode('\uDC00\uD800'));
  print(utf8.encode('€😀'));
  print(utf8.decode(utf8.encode('x\uD83Dy')));
  for (var bytes in [
    [1, 256],
    [-1],
    [0, 1, 1000],
  ]) {
    try {
      print(base64Encode(bytes));
    } on ArgumentError {
      print('ArgumentError for $bytes');
    }
  }
  try {
    base64Url.encode([300]);
  } on ArgumentError {
    print('base64Url: ArgumentError');
  }
  print(base64Encode([0, 255, 128]));
}
