// Started by spawn_uri_packages.dart with a package configuration of its own.
import 'dart:isolate';

import 'package:greeting/greeting.dart';

void main(List<String> args, SendPort reply) {
  reply.send(greet(args.first));
}
