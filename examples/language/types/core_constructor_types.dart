// A core class constructor call has its class as static type, so collection literals built
// from such values get it as element type (as Dart infers).
void main() {
  var d = Duration(seconds: 1);
  var sb = StringBuffer();
  var dt = DateTime(2020);
  var o = Object();
  var re = RegExp('a');
  print([d].runtimeType);
  print([sb].runtimeType);
  print([dt].runtimeType);
  print([o].runtimeType);
  print([re].runtimeType);
  print({d: dt}.runtimeType);
}
