// A tiny stack-machine interpreter built from sealed instruction classes,
// switch expressions over them, and a traffic-light state machine.

sealed class Instr {
  const Instr();
}

final class Push extends Instr {
  final num value;
  const Push(this.value);
  @override
  String toString() => 'push $value';
}

final class BinOp extends Instr {
  final String op;
  const BinOp(this.op);
  @override
  String toString() => 'op $op';
}

final class Jump extends Instr {
  final int target;
  final bool ifZero;
  const Jump(this.target, {this.ifZero = false});
  @override
  String toString() => ifZero ? 'jz $target' : 'jmp $target';
}

final class Dup extends Instr {
  const Dup();
  @override
  String toString() => 'dup';
}

final class Print extends Instr {
  final String label;
  const Print([this.label = '']);
  @override
  String toString() => 'print "$label"';
}

final class Halt extends Instr {
  const Halt();
  @override
  String toString() => 'halt';
}

class MachineError implements Exception {
  final String message;
  final int pc;
  MachineError(this.message, this.pc);
  @override
  String toString() => 'MachineError at $pc: $message';
}

class Machine {
  final List<Instr> program;
  final List<num> stack = [];
  final List<String> output = [];
  int pc = 0;
  int steps = 0;

  Machine(this.program);

  num _pop() {
    if (stack.isEmpty) throw MachineError('stack underflow', pc);
    return stack.removeLast();
  }

  num _apply(String op, num a, num b) => switch (op) {
        '+' => a + b,
        '-' => a - b,
        '*' => a * b,
        '/' => a / b,
        '~/' => a ~/ b,
        '%' => a % b,
        _ => throw MachineError('unknown op $op', pc),
      };

  bool step() {
    final instr = program[pc];
    steps++;
    switch (instr) {
      case Push(:final value):
        stack.add(value);
        pc++;
      case BinOp(:final op):
        final b = _pop();
        final a = _pop();
        stack.add(_apply(op, a, b));
        pc++;
      case Jump(:final target, ifZero: true):
        pc = _pop() == 0 ? target : pc + 1;
      case Jump(:final target):
        pc = target;
      case Dup():
        final v = _pop();
        stack
          ..add(v)
          ..add(v);
        pc++;
      case Print(:final label):
        output.add('$label${stack.last}');
        pc++;
      case Halt():
        return false;
    }
    return true;
  }

  void run({int maxSteps = 1000}) {
    while (step()) {
      if (steps >= maxSteps) throw MachineError('step limit', pc);
    }
  }
}

String describe(Instr i) => switch (i) {
      Push(value: int v) when v < 0 => 'negative int',
      Push(value: int _) => 'int literal',
      Push(value: double _) => 'double literal',
      Push() => 'other number',
      BinOp(op: '+' || '-') => 'additive',
      BinOp() => 'multiplicative',
      Jump(ifZero: true) => 'conditional jump',
      Jump() => 'jump',
      Dup() || Print() => 'stack utility',
      Halt() => 'stop',
    };

enum Light {
  red(30),
  green(25),
  yellow(5);

  const Light(this.seconds);
  final int seconds;

  Light get next => switch (this) {
        Light.red => Light.green,
        Light.green => Light.yellow,
        Light.yellow => Light.red,
      };
}

void main() {
  // countdown: 3, 2, 1 then sum of 1.5 * 4
  final program = <Instr>[
    const Push(3), // 0
    const Print('n='), // 1
    const Push(1), // 2
    const BinOp('-'), // 3
    const Dup(), // 4
    const Jump(7, ifZero: true), // 5
    const Jump(1), // 6
    const Push(1.5), // 7
    const Push(4), // 8
    const BinOp('*'), // 9
    const Print('product='), // 10
    const Push(7), // 11
    const Push(2), // 12
    const BinOp('/'), // 13
    const Print('quotient='), // 14
    const Halt(), // 15
  ];
  final m = Machine(program)..run();
  m.output.forEach(print);
  print('steps: ${m.steps}, stack: ${m.stack}');

  for (final i in program.take(8)) {
    print('${i.toString().padRight(10)} -> ${describe(i)}');
  }
  print(describe(const Push(-2)));

  final bad = Machine([const Push(1), const BinOp('+'), const Halt()]);
  try {
    bad.run();
  } on MachineError catch (e) {
    print(e);
  }
  final loop = Machine([const Push(0), const Jump(0)]);
  try {
    loop.run(maxSteps: 10);
  } on MachineError catch (e) {
    print('${e.message} after ${loop.steps} steps, stack length ${loop.stack.length}');
  }
  print(identical(const Push(3), program.first));

  var light = Light.red;
  var elapsed = 0;
  final log = <String>[];
  for (var i = 0; i < 5; i++) {
    log.add('${light.name}@$elapsed');
    elapsed += light.seconds;
    light = light.next;
  }
  print(log.join(' -> '));
  print(Light.values.map((l) => l.seconds).reduce((a, b) => a + b));
  print(Light.yellow.index);
  print(Light.values.byName('green'));
}
