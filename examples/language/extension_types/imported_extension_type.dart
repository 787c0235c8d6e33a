// An extension type's constructors and static members used from another library.
import 'src/units.dart';

void main() {
  print(Meters(3).describe);
  print(Meters.fromKm(2).describe);
  print(Meters.parse('15').value);
  print(Meters.unit);
  var make = Meters.new;
  print(make(4).describe);
}
