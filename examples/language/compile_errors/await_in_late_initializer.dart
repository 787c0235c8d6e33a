// A late local's initializer runs at the first read, so it cannot await.
Future<int> load() async => 1;

void main() async {
  late var x = await load();
  print(x);
}
