enum Size { small, large }

class Shirt {
  final Size size;
  final bool striped;
  Shirt(this.size, this.striped);
}

String describe(Shirt shirt) => switch (shirt) {
      Shirt(size: Size.small) => 'small',
      Shirt(size: Size.large, striped: true) => 'large striped',
    };

void main() {
  print(describe(Shirt(Size.small, false)));
}
