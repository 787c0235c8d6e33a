void main() {
  try {
    print(8 ~/ 0);
  } on UnsupportedError catch (e) {
    print('unsupported: ${e.message}');
    print(e is Exception);
    print(e);
  }
}
