import 'dart:io';

void main() {
  print('printed');
  stdout.write('written without a newline');
  try {
    exit(3);
  } finally {
    print('finally blocks do not run');
  }
}
