// A small command-line argument parser, as CLI tools write one: options with
// values, flags, negatable flags, abbreviations, rest arguments, usage text
// built with a StringBuffer, errors reported through exitCode.
import 'dart:io';

class UsageException implements Exception {
  final String message;
  UsageException(this.message);
  @override
  String toString() => 'UsageException: $message';
}

enum OptionKind { flag, single, multi }

class Option {
  final String name;
  final String? abbr;
  final OptionKind kind;
  final String help;
  final Object? defaultsTo;
  final List<String>? allowed;
  Option(this.name, this.kind, {this.abbr, this.help = '', this.defaultsTo, this.allowed});
}

class ArgResults {
  final Map<String, Object?> _values;
  final List<String> rest;
  ArgResults(this._values, this.rest);
  Object? operator [](String name) {
    if (!_values.containsKey(name)) {
      throw ArgumentError.value(name, 'name', 'Could not find an option named');
    }
    return _values[name];
  }
}

class ArgParser {
  final _options = <String, Option>{};
  void addFlag(String name, {String? abbr, String help = '', bool defaultsTo = false}) =>
      _options[name] = Option(name, OptionKind.flag, abbr: abbr, help: help, defaultsTo: defaultsTo);
  void addOption(String name, {String? abbr, String help = '', String? defaultsTo, List<String>? allowed}) =>
      _options[name] = Option(name, OptionKind.single, abbr: abbr, help: help, defaultsTo: defaultsTo, allowed: allowed);
  void addMultiOption(String name, {String? abbr, String help = ''}) =>
      _options[name] = Option(name, OptionKind.multi, abbr: abbr, help: help, defaultsTo: const <String>[]);

  Option _byAbbr(String a) => _options.values.firstWhere((o) => o.abbr == a,
      orElse: () => throw UsageException('Could not find an option or flag "-$a".'));

  ArgResults parse(List<String> args) {
    final values = <String, Object?>{
      for (final o in _options.values)
        o.name: o.kind == OptionKind.multi ? <String>[] : o.defaultsTo,
    };
    final rest = <String>[];
    var i = 0;
    void setValue(Option o, String value) {
      if (o.allowed != null && !o.allowed!.contains(value)) {
        throw UsageException('"$value" is not an allowed value for option "${o.name}".');
      }
      switch (o.kind) {
        case OptionKind.multi:
          (values[o.name] as List<String>).addAll(value.split(','));
        case OptionKind.single:
          values[o.name] = value;
        case OptionKind.flag:
          throw StateError('flag ${o.name} takes no value');
      }
    }
    String takeValue(Option o) {
      if (++i >= args.length) throw UsageException('Missing argument for "${o.name}".');
      return args[i];
    }
    for (; i < args.length; i++) {
      final arg = args[i];
      if (arg == '--') {
        rest.addAll(args.sublist(i + 1));
        break;
      }
      if (arg.startsWith('--')) {
        final body = arg.substring(2);
        final eq = body.indexOf('=');
        final name = eq < 0 ? body : body.substring(0, eq);
        final negated = name.startsWith('no-') && !_options.containsKey(name);
        final o = _options[negated ? name.substring(3) : name];
        if (o == null) throw UsageException('Could not find an option named "$name".');
        if (o.kind == OptionKind.flag) {
          if (eq >= 0) throw UsageException('Flag "${o.name}" does not take a value.');
          values[o.name] = !negated;
        } else {
          setValue(o, eq >= 0 ? body.substring(eq + 1) : takeValue(o));
        }
      } else if (arg.startsWith('-') && arg.length > 1) {
        for (final ch in arg.substring(1).split('')) {
          final o = _byAbbr(ch);
          if (o.kind == OptionKind.flag) {
            values[o.name] = true;
          } else {
            setValue(o, takeValue(o));
          }
        }
      } else {
        rest.add(arg);
      }
    }
    return ArgResults(values, rest);
  }

  String get usage {
    final sb = StringBuffer();
    final width = _options.values
        .map((o) => (o.abbr == null ? 0 : 4) + o.name.length + (o.kind == OptionKind.flag ? 2 : 8))
        .fold(0, (a, b) => a > b ? a : b);
    for (final o in _options.values) {
      final left = StringBuffer();
      left.write(o.abbr == null ? '    ' : '-${o.abbr}, ');
      left.write('--${o.name}');
      if (o.kind != OptionKind.flag) left.write('=<value>');
      sb.write(left.toString().padRight(width + 6));
      sb.write(o.help);
      if (o.defaultsTo case final String d) sb.write(' (defaults to "$d")');
      if (o.allowed case final List<String> a) sb.write(' [${a.join(', ')}]');
      sb.writeln();
    }
    return sb.toString().trimRight();
  }
}

int run(ArgParser parser, List<String> args) {
  final ArgResults results;
  try {
    results = parser.parse(args);
  } on UsageException catch (e) {
    stderr.writeln(e.message);
    print('error: ${e.message}');
    return 64;
  }
  if (results['help'] == true) {
    print(parser.usage);
    return 0;
  }
  final verbose = results['verbose'] as bool;
  final mode = results['mode'] as String?;
  final tags = results['tag'] as List<String>;
  switch (mode) {
    case 'fast' || 'quick':
      print('mode: speed first${verbose ? ' (verbose)' : ''}');
    case 'safe':
      print('mode: safety first');
    case null:
      print('mode: none');
    default:
      print('mode: $mode');
  }
  print('tags: ${tags.isEmpty ? '(none)' : tags.join('|')} count=${tags.length}');
  print('output: ${results['output'] ?? 'stdout'}');
  print('rest: ${results.rest}');
  return results.rest.isEmpty ? 2 : 0;
}

void main(List<String> args) {
  final parser = ArgParser()
    ..addFlag('help', abbr: 'h', help: 'Print this usage information.')
    ..addFlag('verbose', abbr: 'v', help: 'Show more.')
    ..addOption('mode', abbr: 'm', help: 'Run mode.', allowed: ['fast', 'safe', 'quick'])
    ..addOption('output', abbr: 'o', help: 'Where to write.', defaultsTo: null)
    ..addMultiOption('tag', abbr: 't', help: 'Tags to add.');
  print('program args: $args (${args.length})');
  final runs = <List<String>>[
    ['--help'],
    ['-v', '--mode', 'fast', 'a.txt', 'b.txt'],
    ['--mode=safe', '-t', 'x,y', '--tag', 'z', '--', '--not-an-option'],
    ['-vm', 'quick', '--no-verbose', 'file'],
    ['--mode', 'turbo'],
    ['--colour'],
    ['-x'],
    ['--output'],
    ['--verbose=yes'],
    ['-o', 'out.txt'],
  ];
  final codes = <int>[];
  for (final (index, r) in runs.indexed) {
    print('--- run $index: ${r.join(' ')}');
    codes.add(run(parser, r));
  }
  print('codes: $codes');
  try {
    parser.parse([])['missing'];
  } on ArgumentError catch (e) {
    print(e);
    print(e.name);
    print(e.invalidValue);
  }
  final failures = codes.where((c) => c != 0).length;
  print('$failures of ${codes.length} runs failed');
  exitCode = failures > 0 ? 2 : 0;
  print('exitCode is $exitCode');
}
