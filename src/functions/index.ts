/**
 * Entry of the custom-functions chunk: importing each category module is what
 * registers its functions (the build appends `CustomFunctions.associate` calls
 * to every `*.functions.ts`).
 */
import "./withoutOffice";
import "./campaign.functions";
import "./distribution.functions";
import "./customerResponse.functions";
import "./posm.functions";
import "./promo.functions";
import "./strategy.functions";
import "./loyalty.functions";
import "./clientOrientation.functions";
import "./responseModels.functions";
