extension type Box<T>(T value) {
  T get get => value;
  Box<List<T>> get listed => Box([value]);
}
