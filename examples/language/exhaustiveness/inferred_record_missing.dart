enum Light { red, green }

(Light, bool) state() => (Light.red, true);

void main() {
  var current = state();
  print(switch (current) {
    (Light.red, _) => 'stop',
    (Light.green, true) => 'go',
  });
}
