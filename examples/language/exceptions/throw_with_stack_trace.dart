// Error.throwWithStackTrace and async errors completed with a StackTrace of their own:
// catch clauses and error handlers receive that trace, not the frames of the throw.
import 'dart:async';

class Failure extends Error {
  final String what;
  Failure(this.what);
  @override
  String toString() => 'Failure($what)';
}

void replay(Object error, String trace) {
  Error.throwWithStackTrace(error, StackTrace.fromString(trace));
}

Future<void> main() async {
  try {
    replay('plain', 'trace one');
  } catch (e, st) {
    print('$e | $st');
  }

  final failure = Failure('disk');
  try {
    replay(failure, 'trace two');
  } on Failure catch (e, st) {
    print('${e.what} | $st | ${e.stackTrace}');
  }

  try {
    try {
      replay(StateError('inner'), 'trace three');
    } catch (e) {
      rethrow;
    }
  } on StateError catch (e, st) {
    print('${e.message} | $st');
  }

  try {
    await Future<int>.error(FormatException('bad'), StackTrace.fromString('future trace'));
  } on FormatException catch (e, st) {
    print('${e.message} | $st');
  }

  final completer = Completer<String>();
  completer.completeError('completer error', StackTrace.fromString('completer trace'));
  try {
    await completer.future;
  } catch (e, st) {
    print('$e | $st');
  }

  await Future<void>.error(42, StackTrace.fromString('handler trace')).catchError((Object e, StackTrace st) {
    print('$e | $st');
  });

  try {
    Error.throwWithStackTrace(ArgumentError('empty trace'), StackTrace.empty);
  } on ArgumentError catch (e, st) {
    print('${e.message} | "$st"');
  }
}
