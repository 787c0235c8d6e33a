// Calling a name that nothing declares: the CFE reports a missing method.
void main() {
  print(1);
  sendReport(42);
}
