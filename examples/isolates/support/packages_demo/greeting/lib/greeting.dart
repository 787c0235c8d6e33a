String greet(String who) => 'hello, $who, from package:greeting';
