sealed class Side {}

class Left extends Side {}

class Right extends Side {}

void main() {
  Side side = Left();
  var entry = (side: side, open: true);
  print(switch (entry) {
    (side: Left(), open: _) => 'left',
    (side: Right(), open: true) => 'open right',
  });
}
