// The same program as enabled.dart, run without --enable-asserts: no assert fires.
import 'enabled.dart' as program;

Future<void> main() => program.main();
