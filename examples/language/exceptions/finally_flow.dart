// finally runs on normal completion, on exceptions, on return (and may
// override the returned value), and on break/continue out of a try.

int withReturn() {
  try {
    print('try returns 1');
    return 1;
  } finally {
    print('finally after return');
  }
}

int overridden() {
  try {
    return 1;
  } finally {
    return 2;
  }
}

void loops() {
  for (var i = 0; i < 5; i++) {
    try {
      if (i == 1) continue;
      if (i == 3) break;
      print('body $i');
    } finally {
      print('finally $i');
    }
  }
  print('loop done');
}

void main() {
  try {
    print('normal body');
  } finally {
    print('normal finally');
  }

  try {
    try {
      throw Exception('oops');
    } finally {
      print('finally before outer catch');
    }
  } catch (e) {
    print('outer caught: $e');
  }

  print(withReturn());
  print(overridden());
  loops();

  var count = 0;
  while (true) {
    try {
      count++;
      if (count == 3) break;
    } finally {
      print('iteration $count');
    }
  }
  print('count $count');
}
