package uk.sli.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, so that it is written in one place: the POM. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Sli.class.getPackage().getImplementationVersion();
        return new String[] {"sli " + (version == null ? "(development build)" : version)};
    }
}
