// Error handlers get (error, stackTrace) when they take two parameters, else (error):
// catchError, then(onError:), listen(onError:), handleError.
import 'dart:async';

void main() async {
  await Future.error('x').catchError((e, s) {
    print('two-arg catchError: $e ${s is StackTrace}');
  });
  await Future.error('y').catchError((e) {
    print('one-arg catchError: $e');
  });
  await Future.error('z').then((v) => v, onError: (e, StackTrace s) {
    print('then onError: $e ${s is StackTrace}');
  });
  var c = StreamController<int>();
  c.stream.listen((v) {}, onError: (Object e, StackTrace s) => print('listen onError: $e ${s is StackTrace}'));
  c.addError('w');
  await c.close();
  await Stream<int>.error('v').handleError((e, s) => print('handleError: $e ${s is StackTrace}')).toList();
}
