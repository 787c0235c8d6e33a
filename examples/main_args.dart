// main may declare a List<String> parameter; run without arguments it is empty.
void main(List<String> args) {
  print(args.length);
  print(args);
  print(args.isEmpty);
  print('args: ${args.join(',')}.');
}
