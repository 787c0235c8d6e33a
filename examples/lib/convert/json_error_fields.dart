// JsonUnsupportedObjectError and JsonCyclicError carry the object, the cause and the
// JSON written before the failure.
import 'dart:convert';

class NoJson {}

class BadJson {
  Object toJson() => NoJson();
}

class ThrowingJson {
  Object toJson() => throw StateError('no json today');
}

void main() {
  try {
    jsonEncode([1, 'two', NoJson()]);
  } on JsonUnsupportedObjectError catch (e) {
    print(e);
    print(e.unsupportedObject is NoJson);
    print(e.cause is NoSuchMethodError);
    print(e.partialResult);
  }
  try {
    jsonEncode({'a': BadJson()});
  } on JsonUnsupportedObjectError catch (e) {
    print(e);
    print(e.unsupportedObject is BadJson);
    final cause = e.cause;
    print(cause is JsonUnsupportedObjectError ? '${cause.cause} / $cause' : cause);
    print(e.partialResult);
  }
  try {
    const JsonEncoder.withIndent(' ').convert({'x': [ThrowingJson()]});
  } on JsonUnsupportedObjectError catch (e) {
    print(e.cause);
    print(e.partialResult);
  }
  final list = <Object?>[];
  list.add(list);
  try {
    jsonEncode(list);
  } on JsonCyclicError catch (e) {
    print(e);
    print(identical(e.object, list));
    print(identical(e.unsupportedObject, list));
    print('${e.cause} ${e.partialResult}');
  }
}
