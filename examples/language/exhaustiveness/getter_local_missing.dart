enum Level { low, high }

class Sensor {
  Level? get level => Level.low;
}

void main() {
  var level = Sensor().level;
  print(switch (level) {
    Level.low => 'low',
    null => 'unknown',
  });
}
