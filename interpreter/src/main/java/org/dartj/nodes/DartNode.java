package org.dartj.nodes;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/** Base of every Dart node: carries its source position (character index and length). */
@TypeSystemReference(DartTypes.class)
@NodeInfo(language = "Dart")
public abstract class DartNode extends Node {
    private int sourceCharIndex = -1;
    private int sourceLength;

    public final void setSourceSection(int charIndex, int length) {
        this.sourceCharIndex = charIndex;
        this.sourceLength = length;
    }

    public final boolean hasSourceSection() {
        return sourceCharIndex >= 0;
    }

    @Override
    public SourceSection getSourceSection() {
        if (sourceCharIndex < 0) {
            return null;
        }
        Source source = getRootNode() == null || getRootNode().getSourceSection() == null ? null : getRootNode().getSourceSection().getSource();
        return source == null ? null : source.createSection(sourceCharIndex, sourceLength);
    }
}
