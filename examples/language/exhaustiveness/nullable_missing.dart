enum Light { red, green }

String show(Light? light) => switch (light) {
      Light.red => 'stop',
      Light.green => 'go',
    };

void main() {
  print(show(Light.red));
}
