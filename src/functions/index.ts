/**
 * Entry of the custom-functions chunk: importing each category module is what
 * registers its functions (the build appends `CustomFunctions.associate` calls
 * to every `*.functions.ts`).
 */
import "./campaign.functions";
