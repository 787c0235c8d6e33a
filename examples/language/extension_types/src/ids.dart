class _Secret {
  final int n;
  _Secret(this.n);
  String toString() => 'secret $n';
}

extension type Id._(_Secret secret) {
  Id(int n) : this._(_Secret(n));
  int get n => secret.n;
}

extension type Wrapped(int value) {
  int get doubled => value * 2;
}

extension type Label(String text) implements String {}
