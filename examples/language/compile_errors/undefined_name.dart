// Carets run under the whole offending name.
void main() {
  print(undefinedCounter);
}
