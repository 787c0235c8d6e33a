part of '../parts.dart';

const _secret = 'private names are shared between the parts of a library';

String describe(Counter c) => '${c.name}: ${c.value}';
