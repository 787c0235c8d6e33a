String impl() => '1.0';
String greet(String who) => 'hello $who';
