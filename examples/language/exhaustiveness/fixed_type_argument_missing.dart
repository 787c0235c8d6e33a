sealed class Box<T> {}

class AnyBox<T> extends Box<T> {}

class IntBox extends Box<int> {}

void describe(Box<int> box) {
  switch (box) {
    case AnyBox():
      print('any');
  }
}

void main() {
  describe(IntBox());
}
