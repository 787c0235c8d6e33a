// String members not covered elsewhere: matchAsPrefix (a String as a Pattern),
// String.fromCharCodes with a range, and the const fromEnvironment
// constructors of String, int and bool (dart run has no -D defines), plus
// bool.parse and bool.tryParse.
const greeting = String.fromEnvironment('GREETING', defaultValue: 'hello');
const missing = String.fromEnvironment('GREETING');
const port = int.fromEnvironment('PORT', defaultValue: 8080);
const zero = int.fromEnvironment('PORT');
const debug = bool.fromEnvironment('DEBUG');
const verbose = bool.fromEnvironment('VERBOSE', defaultValue: true);
const defined = bool.hasEnvironment('GREETING');

void main() {
  print('$greeting [$missing] $port $zero $debug $verbose $defined');

  var m = 'lo'.matchAsPrefix('hello', 3)!;
  print('${m.start} ${m.end} ${m[0]} ${m.groupCount} ${m.input} ${m.pattern}');
  print('lo'.matchAsPrefix('hello'));
  print('lo'.matchAsPrefix('hello', 5));
  print(''.matchAsPrefix('abc', 3)?.end);
  try {
    'x'.matchAsPrefix('abc', 4);
  } on RangeError {
    print('matchAsPrefix: RangeError');
  }
  print('ab'.allMatches('abab').map((m) => m.start).toList());

  print(String.fromCharCodes([72, 105, 33, 33], 1, 3));
  print(String.fromCharCodes([72, 105, 33, 33], 2));
  print(String.fromCharCodes([0x1F600, 65]));

  print(bool.parse('true'));
  print(bool.parse('false'));
  print(bool.parse('TRUE', caseSensitive: false));
  print(bool.tryParse('True'));
  print(bool.tryParse('fAlSe', caseSensitive: false));
  print(bool.tryParse(' true'));
  try {
    bool.parse('yes');
  } on FormatException catch (e) {
    print(e.message);
    print(e.source);
  }
}
