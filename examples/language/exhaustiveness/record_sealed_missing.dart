sealed class Side {}

class Left extends Side {}

class Right extends Side {}

String pair(Side a, Side b) => switch ((a, b)) {
      (Left(), Left()) => 'both left',
      (Left(), Right()) => 'left right',
      (Right(), Right()) => 'both right',
    };

void main() {
  print(pair(Left(), Right()));
}
