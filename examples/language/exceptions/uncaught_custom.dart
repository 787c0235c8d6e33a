// An uncaught user-defined exception: the VM prints its toString after
// "Unhandled exception:", followed by the stack trace, and exits with 255.

class ValidationException implements Exception {
  final String field;
  ValidationException(this.field);

  @override
  String toString() => 'ValidationException: $field is invalid';
}

class Form {
  final Map<String, String> values = {};

  void check(String field) {
    if (!values.containsKey(field)) {
      throw ValidationException(field);
    }
    print('$field ok');
  }
}

void main() {
  var form = Form();
  form.values['name'] = 'Ann';
  try {
    form.check('age');
  } on ValidationException catch (e) {
    print('handled: $e');
  }
  form.check('name');
  form.check('email');
  print('never printed');
}
