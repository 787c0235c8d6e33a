enum Size { small, large }

String label((Size, bool) p) => switch (p) {
      (Size.small, _) => 'small',
      (Size.large, true) => 'large yes',
    };

void main() {
  print(label((Size.small, true)));
}
