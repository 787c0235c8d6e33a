// Zone arguments of the wrong type are TypeErrors, not crashes.
import 'dart:async';
void main() {
  try {
    Zone.current.fork(specification: 5 as dynamic);
  } catch (e) {
    print(e.runtimeType);
  }
  try {
    runZoned(() => 1, zoneValues: 'x' as dynamic);
  } catch (e) {
    print(e.runtimeType);
  }
  var z = Zone.current.fork(specification: ZoneSpecification(registerCallback: <R>(self, parent, zone, f) => null as dynamic));
  try {
    z.bindCallback(() => 1)();
  } catch (e) {
    print(e.runtimeType);
  }
  print('ok');
}
